namespace NewsAlerts.Core.Tests.Articles;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;

/// <summary>Planned alerts in memory: the recipients of every batch recorded, per story and channel.</summary>
internal sealed class InMemoryPlannedAlerts : IPlannedAlerts
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string, Channel), HashSet<string>> planned = [];

    public Task RecordAsync(string articleId, IReadOnlyCollection<DeliveryBatch> batches, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var batch in batches)
            {
                var ids = planned.TryGetValue((articleId, batch.Channel), out var set) ? set : planned[(articleId, batch.Channel)] = new HashSet<string>(StringComparer.Ordinal);
                ids.UnionWith(batch.Recipients.Select(r => r.SubscriberId));
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<Channel, IReadOnlySet<string>>> ListAsync(string articleId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyDictionary<Channel, IReadOnlySet<string>>>(planned
                .Where(p => p.Key.Item1 == articleId)
                .ToDictionary(p => p.Key.Item2, p => (IReadOnlySet<string>)new HashSet<string>(p.Value, StringComparer.Ordinal)));
        }
    }
}
