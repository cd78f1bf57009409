namespace NewsAlerts.Core.Tests.Digests;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Ports;

/// <summary>An article store that holds the given articles (by id, no links) and drops saves.</summary>
internal sealed class StoredArticles(params Article[] stored) : IArticleStore
{
    public Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken) => Task.FromResult(stored.FirstOrDefault(a => a.Id == articleId));

    public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => Task.FromResult<ArticleLink?>(null);

    public Task SaveAsync(Article article, CancellationToken cancellationToken) => Task.CompletedTask;
}
