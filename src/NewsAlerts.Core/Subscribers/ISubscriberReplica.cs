namespace NewsAlerts.Core.Subscribers;

/// <summary>
/// An in-memory copy of subscribers kept by one instance (the matching index, the dispatcher's directory), fed by
/// the store's change feed and by this instance's own changes.
/// </summary>
public interface ISubscriberReplica
{
    /// <summary>Adds or replaces a subscriber.</summary>
    void Upsert(Subscriber subscriber);

    /// <summary>Adds or replaces many subscribers at once (a full load); a replica may do this cheaper than one by one.</summary>
    void UpsertMany(IReadOnlyCollection<Subscriber> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var subscriber in batch)
        {
            Upsert(subscriber);
        }
    }

    /// <summary>The subscriber as this replica holds it (folded with its old duplicates), or null when it holds none.</summary>
    Subscriber? Find(string subscriberId) => null;

    /// <summary>The survivor this replica folded an old duplicate into (<see cref="Subscriber.MergedIds"/>), or null.</summary>
    string? SurvivorOf(string duplicateId) => null;

    /// <summary>Forgets a subscriber.</summary>
    void Remove(string subscriberId);
}
