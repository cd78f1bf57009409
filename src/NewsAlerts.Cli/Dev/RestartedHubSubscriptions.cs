namespace NewsAlerts.Cli.Dev;

using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;

/// <summary>
/// Trial r38 #3: the local feed server's WebSub hub keeps its subscriptions in memory, so a feed server this <c>dev</c>
/// started knows none, while the subscriptions an earlier run stored still read "active" and poll their feed only hourly:
/// the demo's item never came. Those subscriptions are removed and their feeds made due now, so the next poll reads the
/// feed and subscribes again at the new hub.
/// </summary>
public static class RestartedHubSubscriptions
{
    /// <summary>
    /// The feeds whose subscription is at the hub of <paramref name="feedServer"/> (same scheme, host and port) when that
    /// feed server was started by this run (<paramref name="startedNow"/>; one that was reused still has them): none otherwise.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> Of(IEnumerable<WebSubSubscription> subscriptions, Uri feedServer, bool startedNow)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(feedServer);
        return startedNow
            ? [.. subscriptions.Where(s => string.Equals(s.Hub.Scheme, feedServer.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(s.Hub.Authority, feedServer.Authority, StringComparison.OrdinalIgnoreCase)).Select(s => s.FeedId)]
            : [];
    }

    /// <summary>
    /// Removes the subscriptions <see cref="Of"/> names and brings each feed's next poll forward to now (a feed a poll holds
    /// keeps its poll, which is under way); the feed ids reset.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<IReadOnlyList<string>> ResetAsync(
        IWebSubStore subscriptions, IFeedStore feeds, Uri feedServer, bool startedNow, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(time);
        var reset = Of(await subscriptions.ListAsync(cancellationToken), feedServer, startedNow);
        await ResetFeedsAsync(subscriptions, feeds, reset, time, cancellationToken);
        return reset;
    }

    /// <summary>
    /// Removes the subscriptions of <paramref name="feedIds"/> and brings each feed's next poll forward to now (a feed a
    /// poll holds keeps its poll, which is under way), so the next poll reads the feed and subscribes again.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task ResetFeedsAsync(
        IWebSubStore subscriptions, IFeedStore feeds, IReadOnlyList<string> feedIds, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(feedIds);
        ArgumentNullException.ThrowIfNull(time);
        foreach (var feedId in feedIds)
        {
            await subscriptions.DeleteAsync(feedId, cancellationToken);
            var now = time.GetUtcNow();
            await feeds.TryChangeUnleasedAsync(
                feedId, now, state => state.Health.NextPoll <= now ? state : state with { Health = state.Health with { NextPoll = now } }, cancellationToken);
        }
    }
}
