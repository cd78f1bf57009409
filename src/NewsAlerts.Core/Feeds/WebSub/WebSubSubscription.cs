namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>
/// A feed's WebSub subscription at a hub, as the subscriber keeps it. The secret is stored with it and never logged:
/// <see cref="ToString"/> leaves it out.
/// </summary>
/// <param name="FeedId">The feed.</param>
/// <param name="Hub">The hub's URL.</param>
/// <param name="Topic">The topic: the feed's <c>rel="self"</c> URL.</param>
/// <param name="Callback">Our callback URL the hub verifies and pushes to (<c>/api/websub/{feedId}</c>).</param>
/// <param name="Secret">The <c>hub.secret</c> (64 hex characters), kept across renewals so pushes in flight stay valid.</param>
/// <param name="RequestedAt">When the last subscription request was sent.</param>
/// <param name="Pending">True while a request waits for the hub's verification of intent.</param>
/// <param name="LeaseUntil">When the verified lease lapses; null until a hub verified one (or after a denial).</param>
/// <param name="LeaseSeconds">The lease the hub granted, in seconds (0 before any).</param>
/// <param name="LastError">Why the last request failed or was denied, or null.</param>
/// <param name="LastPushAt">
/// When the hub last pushed a body with a valid signature, a feed or not (<paramref name="LastPushError"/> says which);
/// null before any (and after a move to another hub). Polling slows down only once a push that was a feed was taken: a
/// verification alone proves nothing about the hub delivering.
/// </param>
/// <param name="State">
/// The random <c>state</c> (32 hex characters) in <see cref="Callback"/>'s query: a verification or denial is taken only
/// when it carries it (<see cref="WebSubRules.Verify"/>), so knowing the feed's id is not enough to forge one. A new one
/// with each fresh subscription (a new hub or topic); kept across renewals and retries, because hubs know a subscription
/// by its topic and callback, and a new callback would be a second subscription pushing everything twice. Null only in
/// rows stored before it existed (never verified again: the next request gets one). Left out of <see cref="ToString"/>.
/// </param>
/// <param name="LastPushError">
/// Why the last validly signed push that was not a readable feed (an error page, an empty body) was set aside, in
/// words (<see cref="WebSubPushVerdict"/>), or null; shown in the feed's health, cleared by the next readable push. Set
/// together with <paramref name="LastPushAt"/> (same time as <paramref name="LastPushErrorAt"/>) when the last push was not a feed.
/// </param>
/// <param name="LastPushErrorAt">When <paramref name="LastPushError"/> happened.</param>
/// <param name="Unsubscribing">
/// True once the feed was paused or removed and <c>hub.mode=unsubscribe</c> was sent (at <see cref="RequestedAt"/>, with
/// the same callback and topic): the row is kept until the hub verifies that intent, then removed
/// (<see cref="WebSubRules.Ending"/>).
/// </param>
public sealed record WebSubSubscription(
    string FeedId,
    Uri Hub,
    Uri Topic,
    Uri Callback,
    string Secret,
    DateTimeOffset RequestedAt,
    bool Pending,
    DateTimeOffset? LeaseUntil,
    int LeaseSeconds,
    string? LastError,
    DateTimeOffset? LastPushAt = null,
    string? State = null,
    bool Unsubscribing = false,
    string? LastPushError = null,
    DateTimeOffset? LastPushErrorAt = null)
{
    /// <summary>Whether a verified lease runs at <paramref name="now"/>: pushes are expected (polling slows once one came, <see cref="WebSubRules.PollInterval"/>).</summary>
    public bool IsActive(DateTimeOffset now) => LeaseUntil is { } until && until > now;

    /// <summary>The subscription without its secret.</summary>
    public override string ToString() =>
        $"WebSubSubscription {{ FeedId = {FeedId}, Hub = {Hub}, Topic = {Topic}, Pending = {Pending}, Unsubscribing = {Unsubscribing}, LeaseUntil = {LeaseUntil:o}, LastPushAt = {LastPushAt:o} }}";
}
