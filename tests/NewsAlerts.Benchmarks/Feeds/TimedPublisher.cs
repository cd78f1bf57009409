namespace NewsAlerts.Benchmarks.Feeds;

using System.Collections.Concurrent;
using System.Diagnostics;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;

/// <summary>The alert publisher (Service Bus), noting when the first batch of each article was on its queue, and how long each send took.</summary>
internal sealed class TimedPublisher(IAlertPublisher inner) : IAlertPublisher
{
    /// <summary>Article id to the <see cref="Stopwatch"/> timestamp at which its first batch was sent (or scheduled).</summary>
    public ConcurrentDictionary<string, long> QueuedAt { get; } = new(StringComparer.Ordinal);

    /// <summary>Milliseconds of each send (publish or schedule) since the last <see cref="Take"/>.</summary>
    public ConcurrentQueue<double> Sends { get; private set; } = new();

    public async Task PublishAsync(IReadOnlyList<DeliveryBatch> batches, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await inner.PublishAsync(batches, cancellationToken);
        Sends.Enqueue(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        Note(batches.Select(b => b.Content.ArticleId));
    }

    public async Task ScheduleAsync(IReadOnlyList<ScheduledBatch> batches, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await inner.ScheduleAsync(batches, cancellationToken);
        Sends.Enqueue(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        Note(batches.Select(b => b.Batch.Content.ArticleId));
    }

    /// <summary>The sends' times so far, and a fresh start.</summary>
    public double[] Take()
    {
        var taken = Sends.ToArray();
        Sends = new();
        return taken;
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
