namespace NewsAlerts.Core.Subscribers;

/// <summary>
/// An in-memory copy of subscribers kept by one instance (the matching index, the dispatcher's directory), fed by
/// the store's change feed and by this instance's own changes.
/// </summary>
public interface ISubscriberReplica
{
    /// <summary>Adds or replaces a subscriber.</summary>
    void Upsert(Subscriber subscriber);

    /// <summary>Forgets a subscriber.</summary>
    void Remove(string subscriberId);
}
