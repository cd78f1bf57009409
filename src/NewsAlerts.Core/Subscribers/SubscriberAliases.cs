namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Ports;

/// <summary>
/// Reading a subscriber by an id from a link or route: an id the merge migration deleted as a duplicate leads, through
/// its alias, to the survivor (the same person), so every link sent under the old id keeps working.
/// </summary>
public static class SubscriberAliases
{
    // A survivor merged again in a later run is followed too; a bound keeps a corrupted cycle from looping.
    private const int MaxHops = 4;

    /// <summary>
    /// The subscriber <paramref name="id"/> names, else the one its alias (followed up to four times) names; null when
    /// there is none (never existed, erased, or an alias to a survivor erased since).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="id"/> is null.</exception>
    public static async Task<Subscriber?> GetFollowingAliasesAsync(this ISubscriberStore store, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        for (var hop = 0; hop <= MaxHops; hop++)
        {
            if (await store.GetAsync(id, cancellationToken) is { } subscriber)
            {
                return subscriber;
            }

            if (hop == MaxHops || await store.FindAliasAsync(id, cancellationToken) is not { } next)
            {
                return null;
            }

            id = next;
        }

        return null;
    }

    /// <summary>As <see cref="GetFollowingAliasesAsync"/>, with the stored version for a conditional write.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="id"/> is null.</exception>
    public static async Task<VersionedSubscriber?> GetVersionedFollowingAliasesAsync(this ISubscriberStore store, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        for (var hop = 0; hop <= MaxHops; hop++)
        {
            if (await store.GetVersionedAsync(id, cancellationToken) is { } subscriber)
            {
                return subscriber;
            }

            if (hop == MaxHops || await store.FindAliasAsync(id, cancellationToken) is not { } next)
            {
                return null;
            }

            id = next;
        }

        return null;
    }
}
