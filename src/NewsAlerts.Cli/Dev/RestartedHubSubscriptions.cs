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
    /// Removes the subscriptions <see cref="Of"/> names (that hub knows them no more) and brings each feed's next poll
    /// forward to now (a feed a poll holds keeps its poll, which is under way), so it is read and subscribes again. A feed
    /// that is gone (410, <see cref="Core.Feeds.FeedHealth.GoneSince"/>) or paused is left as it is: only an editor's
    /// resume polls it again (trial s45 #15: a restart put a gone feed back into polling), and it subscribes then.
    /// </summary>
    /// <returns>The feeds whose subscription was removed, each with whether it is polled now.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<IReadOnlyList<RestartedHubFeed>> ResetAsync(
        IWebSubStore subscriptions, IFeedStore feeds, Uri feedServer, bool startedNow, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(time);
        var reset = Of(await subscriptions.ListAsync(cancellationToken), feedServer, startedNow);
        return await ResetFeedsAsync(subscriptions, feeds, reset, time, cancellationToken);
    }

    /// <summary>
    /// Removes the subscriptions of <paramref name="feedIds"/> and brings each feed's next poll forward to now (a feed a
    /// poll holds keeps its poll, which is under way), so the next poll reads the feed and subscribes again; a gone or
    /// paused feed keeps its state (only an editor's resume polls it again).
    /// </summary>
    /// <returns>Each feed whose subscription was removed, with whether it is polled now.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<IReadOnlyList<RestartedHubFeed>> ResetFeedsAsync(
        IWebSubStore subscriptions, IFeedStore feeds, IReadOnlyList<string> feedIds, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(feedIds);
        ArgumentNullException.ThrowIfNull(time);
        var reset = new List<RestartedHubFeed>();
        foreach (var feedId in feedIds)
        {
            await subscriptions.DeleteAsync(feedId, cancellationToken);
            var entry = await feeds.GetAsync(feedId, cancellationToken);
            if (entry is null || entry.Registration.Paused || entry.State.Health.GoneSince is not null)
            {
                reset.Add(new RestartedHubFeed(feedId, Polled: false));
                continue;
            }

            var now = time.GetUtcNow();
            await feeds.TryChangeUnleasedAsync(
                feedId,
                now,
                state => state.Health.NextPoll <= now || state.Health.GoneSince is not null ? state : state with { Health = state.Health with { NextPoll = now } },
                cancellationToken);
            reset.Add(new RestartedHubFeed(feedId, Polled: true));
        }

        return reset;
    }
}

/// <summary>A feed whose WebSub subscription at a restarted local hub was removed (<see cref="RestartedHubSubscriptions.ResetAsync"/>).</summary>
/// <param name="FeedId">The feed's id.</param>
/// <param name="Polled">True when its next poll was brought forward to now; false for a feed that is gone or paused (left to an editor).</param>
public sealed record RestartedHubFeed(string FeedId, bool Polled);
