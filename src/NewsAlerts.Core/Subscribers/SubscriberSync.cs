namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Ports;

/// <summary>
/// Keeps this instance's subscriber replicas (the matching index, the dispatcher's directory) in step with the store:
/// a full load on first use, then only the changes since the last look, so changes made on other instances appear
/// within seconds.
/// </summary>
public sealed class SubscriberSync(IEnumerable<ISubscriberReplica> replicas, ISubscriberStore store, TimeProvider time)
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

    /// <summary>Applies the changes since the last refresh.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
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
