namespace NewsAlerts.Cli.Dev;

using NewsAlerts.Core.Feeds.WebSub;

/// <summary>
/// WebSub subscriptions whose callback is the host of a <c>dev</c> run that has died (trial s45 #10's kind: a stack-wide
/// thing pointing at a run that is gone). On a stack no running <c>dev</c> started (<c>stack start</c>), each run links
/// its own host (<see cref="AlertLinkHost"/>), so a feed that run subscribed asks the hub to push to that host; once the
/// run is killed the hub's pushes are refused while the stored subscription still reads "active" and the feed is polled
/// only hourly, so its news comes late to every live run. Such subscriptions are reset as a restarted hub's are
/// (<see cref="RestartedHubSubscriptions.ResetFeedsAsync"/>): the next poll, by a live run, subscribes again with its callback.
/// </summary>
public static class DeadRunCallbacks
{
    /// <summary>
    /// Whether <paramref name="subscription"/>'s callback is a dead run's: a loopback address that is no live <c>dev</c>'s
    /// host (<see cref="DevHosts.Serves"/>) and refuses connections (<paramref name="callbackAnswers"/> false). A callback
    /// of a live run, or of anything else that answers there, is left.
    /// </summary>
    /// <param name="subscription">The subscription as stored.</param>
    /// <param name="liveHosts">The hosts of the live <c>dev</c> runs on this data folder.</param>
    /// <param name="callbackAnswers">Whether a connection to the callback's host and port is accepted now.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool IsDeadRuns(WebSubSubscription subscription, IReadOnlyList<DevHost> liveHosts, bool callbackAnswers)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(liveHosts);
        return subscription.Callback.IsLoopback && !DevHosts.Serves(liveHosts, subscription.Callback) && !callbackAnswers;
    }

    /// <summary>The one line a run writes for a feed it reset: its id, whose callback it was, and what happens next.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Line(string feedId, Uri callback)
    {
        ArgumentNullException.ThrowIfNull(feedId);
        ArgumentNullException.ThrowIfNull(callback);
        return $"feed {feedId}: its WebSub callback {callback.GetLeftPart(UriPartial.Path)} refuses connections (the dev run there has ended); the feed is polled now and subscribes again";
    }
}
