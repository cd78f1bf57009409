namespace NewsAlerts.Benchmarks.Feeds;

using System.Collections.Concurrent;
using System.Diagnostics;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;

/// <summary>The alert publisher (Service Bus), noting when the first batch of each article was on its queue.</summary>
internal sealed class TimedPublisher(IAlertPublisher inner) : IAlertPublisher
{
    /// <summary>Article id to the <see cref="Stopwatch"/> timestamp at which its first batch was sent (or scheduled).</summary>
    public ConcurrentDictionary<string, long> QueuedAt { get; } = new(StringComparer.Ordinal);

    public async Task PublishAsync(IReadOnlyList<DeliveryBatch> batches, CancellationToken cancellationToken)
    {
        await inner.PublishAsync(batches, cancellationToken);
        Note(batches.Select(b => b.Content.ArticleId));
    }

    public async Task ScheduleAsync(IReadOnlyList<ScheduledBatch> batches, CancellationToken cancellationToken)
    {
        await inner.ScheduleAsync(batches, cancellationToken);
        Note(batches.Select(b => b.Batch.Content.ArticleId));
    }

    private void Note(IEnumerable<string> articleIds)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var id in articleIds)
        {
            QueuedAt.TryAdd(id, now);
        }
    }
}
