namespace NewsAlerts.Core.Feeds.WebSub;

using NewsAlerts.Core.Ports;

/// <summary>
/// Counts a validly signed WebSub push that was not a feed (<see cref="WebSubPushVerdict"/>) in the feed's poll health
/// (<see cref="FeedHealth.AfterBadPush"/>): one more consecutive failure, flagged after a day of them, the reason as the
/// last error, and the next poll brought forward to <paramref name="soon"/> from now. Before trial r33 #9 such a push only
/// set the subscription's last push error, and the counters an operator reads said the feed was healthy for the hour
/// until the WebSub fallback poll.
/// </summary>
/// <param name="store">The feed store.</param>
/// <param name="time">The clock.</param>
/// <param name="soon">How soon the next poll comes after such a push: the polling floor (<see cref="FeedOptions.MinIntervalSeconds"/>).</param>
public sealed class WebSubPushFailures(IFeedStore store, TimeProvider time, TimeSpan soon)
{
    /// <summary>
    /// Records <paramref name="error"/> against feed <paramref name="feedId"/>; false when nothing was written: the feed is
    /// gone, or a poll holds it (that poll reads the feed itself and saves what it finds, which is the truth).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<bool> RecordAsync(string feedId, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedId);
        ArgumentNullException.ThrowIfNull(error);
        var now = time.GetUtcNow();
        return store.TryChangeUnleasedAsync(feedId, now, state => state with { Health = state.Health.AfterBadPush(error, now, soon) }, cancellationToken);
    }
}
