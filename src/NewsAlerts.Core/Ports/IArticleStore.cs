namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Articles;

/// <summary>Where published articles are kept (the latest version of each story).</summary>
public interface IArticleStore
{
    /// <summary>The stored version of a story, or null.</summary>
    Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Where the short link with this code (see <c>AlertLinks.ShortCode</c>) leads, or null when no story has it.</summary>
    Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken);

    /// <summary>
    /// Stores (replaces) the story's latest version, and its short link when it has a URL or a notice, when
    /// <see cref="ArticleVersions.Replaces"/> says the version stored then gives way to it (decided and written atomically:
    /// a concurrent save in between is decided again); otherwise leaves the stored version as it is. A caller that must
    /// know which version won reads it back.
    /// </summary>
    Task SaveAsync(Article article, CancellationToken cancellationToken);

    /// <summary>
    /// Saves several stories (distinct ids) as <see cref="SaveAsync"/> saves each; a store may share round trips between
    /// them (Table storage: one transaction per partition of up to 100 rows). Throws when any save failed, after the others
    /// ended; the caller's retry saves them all again (each save idempotent). By default, the saves one after another.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    async Task SaveManyAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var article in articles)
        {
            await SaveAsync(article, cancellationToken);
        }
    }
}
