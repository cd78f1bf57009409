namespace NewsAlerts.Core.Subscribers;

/// <summary>
/// Makes a subscriber just written to the store visible to this instance's matching replicas at once: through the
/// sync's fold when there is one (folded with the person's old duplicates, as the change feed's changes are), otherwise
/// upserted into each replica. Other instances follow through the change feed.
/// </summary>
internal static class SubscriberPublishing
{
    /// <summary>Publishes <paramref name="subscriber"/> (as stored) to <paramref name="replicas"/>, or through <paramref name="sync"/> when not null.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled during the sync's push.</exception>
    public static async Task PublishAsync(
        Subscriber subscriber, SubscriberSync? sync, IEnumerable<ISubscriberReplica> replicas, CancellationToken cancellationToken)
    {
        if (sync is not null)
        {
            await sync.PushAsync(subscriber, cancellationToken);
            return;
        }

        foreach (var replica in replicas)
        {
            replica.Upsert(subscriber);
        }
    }
}
