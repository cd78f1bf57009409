namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Articles;

/// <summary>Where published articles are kept (the latest version of each story).</summary>
public interface IArticleStore
{
    /// <summary>The stored version of a story, or null.</summary>
    Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>The public URL of the article with this short code (see <c>AlertLinks.ShortCode</c>), or null.</summary>
    Task<Uri?> FindUrlAsync(string shortCode, CancellationToken cancellationToken);

    /// <summary>Stores (replaces) the story's latest version, and its short link when it has a URL.</summary>
    Task SaveAsync(Article article, CancellationToken cancellationToken);
}
