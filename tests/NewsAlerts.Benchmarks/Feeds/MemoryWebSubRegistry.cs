namespace NewsAlerts.Benchmarks.Feeds;

using System.Collections.Concurrent;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;

/// <summary>The WebSub subscriptions in memory (the benchmark's feeds name no hub, so it stays empty; the poller still asks).</summary>
internal sealed class MemoryWebSubRegistry : IWebSubStore
{
    private readonly ConcurrentDictionary<string, WebSubSubscription> subscriptions = new(StringComparer.Ordinal);

    public Task<WebSubSubscription?> GetAsync(string feedId, CancellationToken cancellationToken) =>
        Task.FromResult(subscriptions.TryGetValue(feedId, out var s) ? s : null);

    public Task<IReadOnlyList<WebSubSubscription>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WebSubSubscription>>([.. subscriptions.Values]);

    public Task SaveAsync(WebSubSubscription subscription, CancellationToken cancellationToken)
    {
        subscriptions[subscription.FeedId] = subscription;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string feedId, CancellationToken cancellationToken)
    {
        subscriptions.TryRemove(feedId, out _);
        return Task.CompletedTask;
    }
}
