namespace NewsAlerts.Core.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// The dispatcher's in-memory copy of subscribers (fed by the change feed), so sending an alert costs no storage
/// read. One missing here (signed up on another instance a moment ago) is read from the store.
/// </summary>
public sealed class SubscriberDirectory(ISubscriberStore store) : ISubscriberReplica
{
    private readonly ConcurrentDictionary<string, Subscriber> subscribers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Upsert(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        subscribers[subscriber.Id] = subscriber;
    }

    /// <inheritdoc />
    public void Remove(string subscriberId) => subscribers.TryRemove(subscriberId, out _);

    /// <summary>The subscriber as this instance last saw it, or from the store when it has not seen it yet.</summary>
    public async ValueTask<Subscriber?> FindAsync(string subscriberId, CancellationToken cancellationToken)
    {
        if (subscribers.TryGetValue(subscriberId, out var known))
        {
            return known;
        }

        var stored = await store.GetAsync(subscriberId, cancellationToken);
        if (stored is not null)
        {
            subscribers.TryAdd(stored.Id, stored);
        }

        return stored;
    }

    /// <summary>Saves a change the dispatcher made (channel disabled, opt-out wording sent) to the store and here.</summary>
    public async Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        await store.SaveAsync(subscriber, cancellationToken);
        Upsert(subscriber);
    }
}
