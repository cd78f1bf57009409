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
    private const int BatchSize = 10_000;
    private readonly ISubscriberReplica[] targets = [.. replicas];
    private readonly SemaphoreSlim gate = new(1, 1);
    // Duplicates saved before one contact meant one subscriber reach the replicas as their survivor only.
    private readonly ContactGroups groups = new();
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
    public async Task SaveSnapshotAsync(Matching.SubscriberMatcher index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        await EnsureLoadedAsync(cancellationToken);
        await RefreshAsync(cancellationToken);
        await snapshots.SaveAsync(syncedUpTo!.Value, index.Subscribers, index.Index, cancellationToken);
    }

    /// <summary>
    /// Brings a change this instance just saved to its replicas at once, folded with the person's old duplicates as the
    /// change feed's changes are, so a change of a survivor does not undo its fold until the next refresh. While a
    /// refresh runs (a full load may take long), the change is left to it, except for a subscriber no replica holds folded.
    /// </summary>
    public async Task PushAsync(Subscriber changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (await gate.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            try
            {
                groups.Upsert(changed);
                Apply();
            }
            finally
            {
                gate.Release();
            }

            return;
        }

        foreach (var replica in targets.Where(r => r.Find(changed.Id)?.MergedIds is null && r.SurvivorOf(changed.Id) is null))
        {
            replica.Upsert(changed);
        }
    }

    private void Apply()
    {
        if (groups.Pending == 0)
        {
            return;
        }

        var changes = groups.Flush();
        foreach (var replica in targets)
        {
            foreach (var id in changes.Removals)
            {
                replica.Remove(id);
            }

            if (changes.Upserts.Count > 0)
            {
                replica.UpsertMany(changes.Upserts);
            }
        }
    }

    private static void Restore(ISubscriberReplica replica, SubscriberSnapshot snapshot)
    {
        if (replica is Matching.SubscriberMatcher index)
        {
            index.Restore(snapshot.Index, snapshot.Subscribers);
            return;
        }

        replica.UpsertMany([.. snapshot.Subscribers]);
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

                // A survivor folded from old duplicates is taken as its rows are in the store, read again and folded
                // anew: seeded as the fold alone, a later change of one row would stand alone and undo the fold
                // (MergedIds lost), and erasing a duplicate would not reach the survivor that carries its topics.
                groups.Seed(snapshot.Subscribers.Where(s => s.MergedIds is null));
                foreach (var id in snapshot.Subscribers.Where(s => s.MergedIds is not null).SelectMany(s => s.LedgerIds()).ToList())
                {
                    if (await store.GetAsync(id, cancellationToken) is { } row)
                    {
                        groups.Upsert(row);
                    }
                    else
                    {
                        groups.Remove(id);
                    }
                }

                syncedUpTo = snapshot.SyncedUpTo;
                LoadedFromSnapshot = true;
            }

            var since = syncedUpTo is { } last ? last - Skew : DateTimeOffset.MinValue;
            var started = time.GetUtcNow();
            // Changes are applied in feed order; runs of upserts go to the replicas as batches (a full load is one
            // long run), so the matching index compiles and publishes once per batch, not once per subscriber.
            // Subscribers sharing a contact are folded into their survivor on the way (ContactGroups).
            await foreach (var (id, subscriber, _) in store.ChangesSinceAsync(since, cancellationToken))
            {
                if (subscriber is not null)
                {
                    groups.Upsert(subscriber);
                    if (groups.Pending >= BatchSize)
                    {
                        Apply();
                    }

                    continue;
                }

                Apply();
                groups.Remove(id);
                Apply();
            }

            Apply();
            syncedUpTo = started;
        }
        finally
        {
            gate.Release();
        }
    }
}
