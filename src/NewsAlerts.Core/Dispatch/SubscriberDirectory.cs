namespace NewsAlerts.Core.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// The dispatcher's in-memory copy of subscribers (fed by the change feed), so sending an alert costs no storage
/// read. One missing here (signed up on another instance a moment ago) is read from the store. An old duplicate folded
/// into its survivor (<see cref="Subscriber.MergedIds"/>, <see cref="ContactGroups"/>) is not read back from the store:
/// a batch that still names it (queued before the fold) finds nobody, so the person is reached once, as the survivor.
/// </summary>
public sealed class SubscriberDirectory(ISubscriberStore store) : ISubscriberReplica
{
    private readonly ConcurrentDictionary<string, Subscriber> subscribers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> foldedInto = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Upsert(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        foldedInto.TryRemove(subscriber.Id, out _);
        foreach (var (duplicate, survivor) in foldedInto)
        {
            // Folded into this subscriber before, no longer (its group came apart): found again like anyone else.
            if (survivor == subscriber.Id && subscriber.MergedIds?.Contains(duplicate) != true)
            {
                foldedInto.TryRemove(duplicate, out _);
            }
        }

        foreach (var duplicate in subscriber.MergedIds ?? [])
        {
            foldedInto[duplicate] = subscriber.Id;
            subscribers.TryRemove(duplicate, out _);
        }

        subscribers[subscriber.Id] = subscriber;
    }

    /// <inheritdoc />
    public void Remove(string subscriberId) => subscribers.TryRemove(subscriberId, out _);

    /// <inheritdoc />
    public string? SurvivorOf(string duplicateId) => foldedInto.GetValueOrDefault(duplicateId);

    /// <summary>
    /// The subscriber as this instance last saw it, or from the store when it has not seen it yet; null when it is
    /// erased, or folded into a survivor.
    /// </summary>
    public async ValueTask<Subscriber?> FindAsync(string subscriberId, CancellationToken cancellationToken)
    {
        if (subscribers.TryGetValue(subscriberId, out var known))
        {
            return known;
        }

        if (foldedInto.ContainsKey(subscriberId))
        {
            return null;
        }

        var stored = await store.GetAsync(subscriberId, cancellationToken);
        if (stored is not null)
        {
            subscribers.TryAdd(stored.Id, stored);
        }

        return stored;
    }

    /// <summary>
    /// Saves a change the dispatcher made (channel disabled, opt-out wording sent) to <paramref name="before"/>, the
    /// subscriber it sent to: only that change, onto each stored row of the person that holds the contact
    /// (<see cref="DispatcherOwnedChanges"/>: never the folded view), each written on the version read and read again
    /// when it changed meanwhile; then here.
    /// </summary>
    public async Task SaveAsync(Subscriber before, Subscriber after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        foreach (var id in before.LedgerIds())
        {
            for (var attempt = 1; ; attempt++)
            {
                if (await store.GetVersionedAsync(id, cancellationToken) is not { } stored
                    || DispatcherOwnedChanges.Apply(before, after, stored.Subscriber) is not { } changed
                    || await store.TrySaveAsync(changed, stored.Version, cancellationToken))
                {
                    break;
                }

                if (attempt == MaxWriteAttempts)
                {
                    throw new InvalidOperationException($"Subscriber {id} kept changing while the dispatcher wrote its change.");
                }
            }
        }

        // Here too, unless the change feed brought a newer one meanwhile.
        subscribers.TryUpdate(after.Id, after, before);
    }

    private const int MaxWriteAttempts = 5;
}
