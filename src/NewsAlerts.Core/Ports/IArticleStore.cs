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
    /// Writes again, for the story as stored, what a save writes beside its row when the store keeps them apart (Table
    /// storage: its line in the recent list and its short link), each idempotently; nothing when no story is stored.
    /// Ingestion calls it for a duplicate (<see cref="VersionDecision.Duplicate"/>): a save whose row landed but whose
    /// line or link did not (a crash in between, a failed write) is retried, the retry finds the row and plans nothing,
    /// and without this the line and link would stay missing. By default nothing: a store that writes a story in one
    /// step has nothing to complete.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articleId"/> is null.</exception>
    Task CompleteAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Saves several stories (distinct ids) as <see cref="SaveAsync"/> saves each; a store may share round trips between
    /// them (Table storage: one transaction per partition of up to 100 rows). Every save is tried, and everything of the
    /// stories saved is written (their short links, their recent lines); then, when any failed, an
    /// <see cref="AggregateException"/> of one <see cref="ArticleSaveException"/> per story not saved is thrown, and the
    /// caller retries those (each save idempotent). By default, the saves one after another.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="AggregateException">Some saves failed (inner: <see cref="ArticleSaveException"/>, one per story).</exception>
    async Task SaveManyAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var failed = new List<Exception>();
        foreach (var article in articles)
        {
            try
            {
                await SaveAsync(article, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OutOfMemoryException)
            {
                failed.Add(new ArticleSaveException(article.Id, exception));
            }
        }

        if (failed.Count > 0)
        {
            throw new AggregateException(failed);
        }
    }
}
