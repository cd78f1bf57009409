namespace NewsAlerts.Benchmarks.Feeds;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;

/// <summary>
/// Planned alerts in memory for the feeds benchmark's default run (<see cref="MemoryArticleStore"/> says why): each
/// story's recipients by channel, as the table keeps them.
/// </summary>
internal sealed class MemoryPlannedAlerts : IPlannedAlerts
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Channel, ConcurrentDictionary<string, byte>>> planned = new(StringComparer.Ordinal);

    public Task RecordAsync(string articleId, IReadOnlyCollection<DeliveryBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var story = planned.GetOrAdd(articleId, _ => new());
        foreach (var batch in batches)
        {
            var ids = story.GetOrAdd(batch.Channel, _ => new(StringComparer.Ordinal));
            foreach (var recipient in batch.Recipients)
            {
                ids[recipient.SubscriberId] = 0;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<Channel, IReadOnlySet<string>>> ListAsync(string articleId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Channel, IReadOnlySet<string>>>(planned.TryGetValue(articleId, out var story)
            ? story.ToDictionary(c => c.Key, c => (IReadOnlySet<string>)c.Value.Keys.ToHashSet(StringComparer.Ordinal))
            : new Dictionary<Channel, IReadOnlySet<string>>());

    public Task<int> PurgeRecordedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken) => Task.CompletedTask;
}
