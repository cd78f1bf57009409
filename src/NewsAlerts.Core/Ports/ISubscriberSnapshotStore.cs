namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Index;

/// <summary>
/// Where a snapshot of all subscribers and their compiled matching index is kept, so a cold instance loads one
/// snapshot and then only the changes since it, instead of reading and compiling every subscriber.
/// </summary>
public interface ISubscriberSnapshotStore
{
    /// <summary>Writes a snapshot taken when the replicas were in step with the store up to <paramref name="syncedUpTo"/>.</summary>
    Task SaveAsync(DateTimeOffset syncedUpTo, IReadOnlyCollection<Subscriber> subscribers, PercolatorIndex index, CancellationToken cancellationToken);

    /// <summary>The latest whole snapshot, or null when there is none (or it is incomplete).</summary>
    Task<SubscriberSnapshot?> LoadAsync(CancellationToken cancellationToken);
}
