namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Ports;

/// <summary>
/// Keeps this instance's subscriber replicas (the matching index, the dispatcher's directory) in step with the store:
/// a full load on first use, then only the changes since the last look, so changes made on other instances appear
/// within seconds.
/// </summary>
public sealed class SubscriberSync(IEnumerable<ISubscriberReplica> replicas, ISubscriberStore store, ISubscriberSnapshotStore snapshots, TimeProvider time)
{
    // Table timestamps come from the service's clock: look back a little so no change slips between two reads.
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(5);
    private readonly ISubscriberReplica[] targets = [.. replicas];
    private readonly SemaphoreSlim gate = new(1, 1);
    private DateTimeOffset? syncedUpTo;

    /// <summary>Loads everything once; later calls return at once.</summary>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (syncedUpTo is null)
        {
            await RefreshAsync(cancellationToken);
        }
    }

    /// <summary>Whether this instance started from a snapshot.</summary>
    public bool LoadedFromSnapshot { get; private set; }

    /// <summary>Brings the replicas up to date and writes a snapshot of the matching index and its subscribers.</summary>
    public async Task SaveSnapshotAsync(Matching.SubscriptionIndex index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        await EnsureLoadedAsync(cancellationToken);
        await RefreshAsync(cancellationToken);
        await snapshots.SaveAsync(syncedUpTo!.Value, index.Subscribers, index.Index, cancellationToken);
    }

    private static void Restore(ISubscriberReplica replica, SubscriberSnapshot snapshot)
    {
        if (replica is Matching.SubscriptionIndex index)
        {
            index.Restore(snapshot.Index, snapshot.Subscribers);
            return;
        }

        foreach (var subscriber in snapshot.Subscribers)
        {
            replica.Upsert(subscriber);
        }
    }

    /// <summary>
    /// Applies the changes since the last refresh; the first time, starts from the latest snapshot when there is one
    /// (then only the changes since it are read), otherwise from the whole store.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (syncedUpTo is null && await snapshots.LoadAsync(cancellationToken) is { } snapshot)
            {
                foreach (var replica in targets)
                {
                    Restore(replica, snapshot);
                }

                syncedUpTo = snapshot.SyncedUpTo;
                LoadedFromSnapshot = true;
            }

            var since = syncedUpTo is { } last ? last - Skew : DateTimeOffset.MinValue;
            var started = time.GetUtcNow();
            await foreach (var (id, subscriber, _) in store.ChangesSinceAsync(since, cancellationToken))
            {
                foreach (var replica in targets)
                {
                    if (subscriber is null)
                    {
                        replica.Remove(id);
                    }
                    else
                    {
                        replica.Upsert(subscriber);
                    }
                }
            }

            syncedUpTo = started;
        }
        finally
        {
            gate.Release();
        }
    }
}
