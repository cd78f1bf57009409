namespace NewsAlerts.Core.Feeds.WebSub;

using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// The subscriber's decisions, pure: whether to (re)subscribe, how to answer a verification request, and how often a
/// feed with a live subscription is still polled.
/// </summary>
public static class WebSubRules
{
    /// <summary>How long a request may wait for the hub's verification before it is sent again; also the wait after a failure or denial.</summary>
    public static readonly TimeSpan VerificationWait = TimeSpan.FromMinutes(15);

    /// <summary>The longest lease a verification is taken for, in seconds (30 days); a hub granting more is renewed as if it granted this.</summary>
    public const int MaxLeaseSeconds = 30 * 24 * 60 * 60;

    /// <summary>
    /// How long before a lease of <paramref name="leaseSeconds"/> lapses it is renewed: a tenth of it, at least
    /// 10 minutes (the poll timer runs every minute) but never more than half the lease, and at most a day.
    /// </summary>
    public static TimeSpan RenewBefore(int leaseSeconds)
    {
        var lease = TimeSpan.FromSeconds(Math.Max(0, leaseSeconds));
        var margin = Max(lease / 10, TimeSpan.FromMinutes(10));
        return Min(Min(margin, lease / 2), TimeSpan.FromDays(1));
    }

    /// <summary>What to do about <paramref name="current"/> at <paramref name="now"/> when the feed names <paramref name="hub"/> and <paramref name="topic"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hub"/> or <paramref name="topic"/> is null.</exception>
    public static WebSubAction Due(WebSubSubscription? current, Uri hub, Uri topic, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(topic);
        if (current is null || current.Unsubscribing || !Same(current.Hub, hub) || !Same(current.Topic, topic))
        {
            // An unsubscribing row polled again is a resumed feed: a fresh subscription (new secret and state).
            return WebSubAction.Subscribe;
        }

        var waited = now - current.RequestedAt >= VerificationWait;
        if (current.Pending || current.LeaseUntil is not { } until)
        {
            return waited ? WebSubAction.Retry : WebSubAction.None;
        }

        // Asked once when the renewal window opens; asked again only after a verification wait (a failed renewal).
        var window = until - RenewBefore(current.LeaseSeconds);
        return now >= window && (current.RequestedAt < window || waited) ? WebSubAction.Renew : WebSubAction.None;
    }

    /// <summary>
    /// The answer to a hub's verification request, refused unless it carries our callback's <c>state</c>
    /// (<see cref="WebSubSubscription.State"/>, compared in fixed time): a <c>subscribe</c> is confirmed only while our request for that
    /// very topic waits (with a challenge and a positive lease, taken as at most <see cref="MaxLeaseSeconds"/>); an
    /// <c>unsubscribe</c> is confirmed (with a challenge) only after we asked for it (<see cref="WebSubSubscription.Unsubscribing"/>),
    /// and the row is then removed; a <c>denied</c> for our topic is recorded; anything else (no subscription, another
    /// topic, an <c>unsubscribe</c> we did not ask for) is refused.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static WebSubVerdict Verify(WebSubSubscription? current, WebSubVerification request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current is null)
        {
            return WebSubVerdict.Refused("no subscription for this callback");
        }

        if (request.Topic is null || !Uri.TryCreate(request.Topic, UriKind.Absolute, out var topic) || !Same(topic, current.Topic))
        {
            return WebSubVerdict.Refused("hub.topic is not the topic we subscribed to");
        }

        if (current.State is not { Length: > 0 } expected || request.State is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(request.State)))
        {
            return WebSubVerdict.Refused("the callback's state is not the one of our subscription request");
        }

        switch (request.Mode)
        {
            case "subscribe":
                if (!current.Pending)
                {
                    return WebSubVerdict.Refused("no subscription request is waiting");
                }

                if (string.IsNullOrEmpty(request.Challenge))
                {
                    return WebSubVerdict.Refused("hub.challenge is missing");
                }

                if (!int.TryParse(request.LeaseSeconds, NumberStyles.None, CultureInfo.InvariantCulture, out var lease) || lease <= 0)
                {
                    return WebSubVerdict.Refused("hub.lease_seconds must be a positive whole number");
                }

                // A lease up to int.MaxValue would stop renewals for decades; a renewal within 30 days is cheap.
                lease = Math.Min(lease, MaxLeaseSeconds);
                return new WebSubVerdict(
                    WebSubAnswer.Confirm,
                    request.Challenge,
                    current with { Pending = false, LeaseUntil = now.AddSeconds(lease), LeaseSeconds = lease, LastError = null },
                    null);
            case "unsubscribe":
                if (!current.Unsubscribing)
                {
                    return WebSubVerdict.Refused("we did not ask to unsubscribe");
                }

                return string.IsNullOrEmpty(request.Challenge)
                    ? WebSubVerdict.Refused("hub.challenge is missing")
                    : new WebSubVerdict(WebSubAnswer.Confirm, request.Challenge, null, null, Remove: true);
            case "denied":
                var reason = request.Reason is { Length: > 0 } r ? r[..Math.Min(r.Length, 200)] : "no reason given";
                return new WebSubVerdict(
                    WebSubAnswer.Acknowledge, null, current with { Pending = false, LeaseUntil = null, LeaseSeconds = 0, LastError = $"denied by the hub: {reason}" }, null);
            default:
                return WebSubVerdict.Refused($"hub.mode '{request.Mode}' was not asked for");
        }
    }

    /// <summary>
    /// What to do at <paramref name="now"/> about the subscription of a feed that is paused or removed: when it is first
    /// ended (not yet <see cref="WebSubSubscription.Unsubscribing"/>), unsubscribe if the hub may push (a lease runs or a
    /// request waits), else remove it; once unsubscribing, wait <see cref="VerificationWait"/> for the hub's
    /// verification, then ask again while the lease runs, or remove the row once it lapsed (the hub forgot us).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscription"/> is null.</exception>
    public static WebSubEnding Ending(WebSubSubscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (!subscription.Unsubscribing)
        {
            return subscription.Pending || subscription.IsActive(now) ? WebSubEnding.Unsubscribe : WebSubEnding.Remove;
        }

        if (now - subscription.RequestedAt < VerificationWait)
        {
            return WebSubEnding.Wait;
        }

        return subscription.IsActive(now) ? WebSubEnding.Unsubscribe : WebSubEnding.Remove;
    }

    /// <summary>
    /// How often a feed is polled: its own interval, or while a subscription is live and its hub's last validly signed
    /// push was a feed the slower of it and <paramref name="fallback"/> (pushes bring news; polling only catches what a
    /// hub lost). A verified lease alone does not slow polling: a forged verification must not make us poll less; nor does
    /// a hub whose last push was not a feed (<see cref="WebSubSubscription.LastPushError"/>): its pushes bring no news.
    /// </summary>
    public static TimeSpan PollInterval(TimeSpan registered, WebSubSubscription? subscription, DateTimeOffset now, TimeSpan fallback) =>
        subscription?.IsActive(now) == true && subscription.LastPushAt is not null && subscription.LastPushError is null ? Max(registered, fallback) : registered;

    /// <summary>
    /// Why we do not subscribe at <paramref name="hub"/>, or null when we may: a hub must be <c>https</c> (the secret
    /// travels in the request); <c>http</c> only for a loopback hub when <paramref name="allowLoopback"/> (<c>dev</c> and
    /// tests, the same rule as for feed addresses).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="hub"/> is null.</exception>
    public static string? HubRefusal(Uri hub, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(hub);
        if (!hub.IsAbsoluteUri || hub.Scheme == Uri.UriSchemeHttps)
        {
            return hub.IsAbsoluteUri ? null : "the hub's URL is not absolute";
        }

        var loopback = string.Equals(hub.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(hub.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        return hub.Scheme == Uri.UriSchemeHttp && loopback && allowLoopback
            ? null
            : $"the hub {ShownUrl.Authority(hub)} is not https (http is allowed only for a loopback hub in dev and tests)";
    }

    private static bool Same(Uri a, Uri b) => string.Equals(a.AbsoluteUri, b.AbsoluteUri, StringComparison.Ordinal);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
