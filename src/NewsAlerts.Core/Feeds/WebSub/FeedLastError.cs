namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>The last error a feed's editors see: the later of its last failed poll and its last push that was not a feed.</summary>
/// <param name="Error">The error in words, or null when there was none.</param>
/// <param name="At">When it happened, or null.</param>
public sealed record FeedLastError(string? Error, DateTimeOffset? At)
{
    /// <summary>
    /// The later of <paramref name="health"/>'s last error and <paramref name="subscription"/>'s last set-aside push
    /// (<see cref="WebSubSubscription.LastPushError"/>); the poll's when they happened at the same time or there is no push error.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="health"/> is null.</exception>
    public static FeedLastError Of(FeedHealth health, WebSubSubscription? subscription)
    {
        ArgumentNullException.ThrowIfNull(health);
        if (subscription is { LastPushError: { } pushed, LastPushErrorAt: { } pushedAt } && (health.LastErrorAt is not { } polledAt || pushedAt > polledAt))
        {
            return new FeedLastError(pushed, pushedAt);
        }

        return new FeedLastError(health.LastError, health.LastErrorAt);
    }
}
