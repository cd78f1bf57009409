namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Articles;

/// <summary>Where published articles are kept (the latest version of each story).</summary>
public interface IArticleStore
{
    /// <summary>The stored version of a story, or null.</summary>
    Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Stores (replaces) the story's latest version.</summary>
    Task SaveAsync(Article article, CancellationToken cancellationToken);
}
