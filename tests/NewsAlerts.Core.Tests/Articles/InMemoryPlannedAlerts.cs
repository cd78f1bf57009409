namespace NewsAlerts.Core.Tests.Articles;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;

/// <summary>
/// Planned alerts in memory, as the table keeps them: a record per story and batch (its message id) with its channel,
/// recipient ids and when it was last written (from <paramref name="time"/>), so purge and erasure behave as in storage.
/// </summary>
internal sealed class InMemoryPlannedAlerts(TimeProvider? time = null) : IPlannedAlerts
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly Lock gate = new();
    private readonly Dictionary<(string Story, string Batch), Recorded> records = [];

    public Task RecordAsync(string articleId, IReadOnlyCollection<DeliveryBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(batches);
        lock (gate)
        {
            foreach (var batch in batches)
            {
                records[(articleId, batch.MessageId)] = new Recorded(batch.Channel, [.. batch.Recipients.Select(r => r.SubscriberId)], clock.GetUtcNow());
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<Channel, IReadOnlySet<string>>> ListAsync(string articleId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyDictionary<Channel, IReadOnlySet<string>>>(records
                .Where(r => r.Key.Story == articleId)
                .GroupBy(r => r.Value.Channel)
                .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.SelectMany(r => r.Value.Ids).ToHashSet(StringComparer.Ordinal)));
        }
    }

    public Task<int> PurgeRecordedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var old = records.Where(r => r.Value.At < before).Select(r => r.Key).ToList();
            old.ForEach(key => records.Remove(key));
            return Task.FromResult(old.Count);
        }
    }

    public Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        lock (gate)
        {
            foreach (var (key, record) in records.ToList())
            {
                var left = record.Ids.Where(id => id != subscriberId).ToArray();
                if (left.Length == 0)
                {
                    records.Remove(key);
                }
                else if (left.Length < record.Ids.Length)
                {
                    records[key] = record with { Ids = left };
                }
            }
        }

        return Task.CompletedTask;
    }

    private sealed record Recorded(Channel Channel, string[] Ids, DateTimeOffset At);
}
