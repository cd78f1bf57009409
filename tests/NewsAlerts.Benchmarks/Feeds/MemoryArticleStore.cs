namespace NewsAlerts.Benchmarks.Feeds;

using System.Collections.Concurrent;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Ports;

/// <summary>
/// Stories in memory for the feeds benchmark's default run, as its feed and WebSub registries are: the poller's cost is
/// measured, not Azurite's single node thread on the same two cores (session 38's profile: node at about half of the
/// machine's samples with 4-5 Table requests per new item). Versions only move forward, as every store keeps them
/// (<see cref="ArticleVersions.Replaces"/>). <c>--stories=azurite</c> runs the Table store instead.
/// </summary>
internal sealed class MemoryArticleStore : IArticleStore
{
    private readonly ConcurrentDictionary<string, Article> stories = new(StringComparer.Ordinal);

    public Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken) => Task.FromResult(stories.GetValueOrDefault(articleId));

    public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => Task.FromResult<ArticleLink?>(null);

    public Task SaveAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        stories.AddOrUpdate(article.Id, article, (_, stored) => ArticleVersions.Replaces(stored, article) ? article : stored);
        return Task.CompletedTask;
    }
}
