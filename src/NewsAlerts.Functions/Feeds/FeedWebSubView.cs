namespace NewsAlerts.Functions.Feeds;

using NewsAlerts.Core.Feeds.WebSub;

/// <summary>A feed's WebSub subscription in <see cref="FeedView"/>, next to its health; never its secret nor its callback's state.</summary>
/// <param name="Hub">The hub's URL, without any user name or password it carries (<see cref="NewsAlerts.Core.Feeds.ShownUrl"/>).</param>
/// <param name="State">
/// <c>pending</c> (our request waits for the hub's verification), <c>active</c> (a verified lease runs), <c>failed</c>
/// (the last request failed, was denied or the hub is refused: see <paramref name="LastError"/>; retried after a wait),
/// <c>lapsed</c> (the lease ran out), or <c>unsubscribing</c> (the feed was paused: our unsubscription waits for the hub's verification).
/// </param>
/// <param name="RequestedAt">When the last subscription request was sent.</param>
/// <param name="LeaseUntil">When the verified lease lapses, or null.</param>
/// <param name="LastPushAt">When the hub last pushed a validly signed body, a feed or not, or null (never pushed).</param>
/// <param name="LastError">Why the last request failed or was denied, or null.</param>
/// <param name="LastPushError">
/// Why the push at <paramref name="LastPushAt"/> was set aside (not a feed: an error page, an empty body), or null when it
/// was a feed: a hub that pushes junk reads as such, not as one that never pushed (trial r34 #3).
/// </param>
public sealed record FeedWebSubView(string Hub, string State, DateTimeOffset RequestedAt, DateTimeOffset? LeaseUntil, DateTimeOffset? LastPushAt, string? LastError, string? LastPushError)
{
    /// <summary>The view of <paramref name="subscription"/> at <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscription"/> is null.</exception>
    public static FeedWebSubView Of(WebSubSubscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var state = subscription.Unsubscribing ? "unsubscribing"
            : subscription.Pending ? "pending"
            : subscription.IsActive(now) ? "active"
            : subscription.LastError is not null ? "failed"
            : "lapsed";
        return new FeedWebSubView(NewsAlerts.Core.Feeds.ShownUrl.Of(subscription.Hub), state, subscription.RequestedAt, subscription.LeaseUntil, subscription.LastPushAt, subscription.LastError, subscription.LastPushError);
    }
}
