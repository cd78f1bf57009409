namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>A hub's verification-of-intent (or denial) request, as its query string gave it (W3C WebSub §5.3, §5.2).</summary>
/// <param name="Mode"><c>hub.mode</c>: <c>subscribe</c>, <c>unsubscribe</c> or <c>denied</c>.</param>
/// <param name="Topic"><c>hub.topic</c>.</param>
/// <param name="Challenge"><c>hub.challenge</c>, echoed back to confirm.</param>
/// <param name="LeaseSeconds"><c>hub.lease_seconds</c> as sent.</param>
/// <param name="Reason"><c>hub.reason</c> of a denial.</param>
/// <param name="State">The <c>state</c> of our callback URL's query, as the hub sent it back (<see cref="WebSubSubscription.State"/>).</param>
public sealed record WebSubVerification(string? Mode, string? Topic, string? Challenge, string? LeaseSeconds, string? Reason, string? State = null);
