namespace NewsAlerts.Core.Configuration;

using System.ComponentModel.DataAnnotations;

/// <summary>
/// Limits on sign-up, resend, manage links, contact changes and confirm (section <c>RateLimits</c>), so none can be used
/// to send texts or mail to anyone at any rate. Each action has its own per-client limit (one used up does not lock a
/// person out of the others); the per-contact, per-prefix and daily SMS limits are shared by all of them. Every window starts at the first request it counts (see <see cref="RateLimits.RateWindow"/>).
/// The defaults are the documented ones; the README's operator section says how to tune them.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "RateLimits";

    // A window longer than a month (31 days, in minutes) is no rate limit anyone means, and bounding it keeps every
    // window sum far from DateTimeOffset's range.
    private const int MaxWindowMinutes = 31 * 24 * 60;

    // Upper bounds a person can check (review of s45: they read "to 2147483647", which limits nothing). Each is the most
    // that can still be a limit rather than a way of turning it off:
    // - one contact: 100 confirmation messages in a window is already flooding that inbox or phone, which is what the
    //   limit exists to stop;
    // - one client address: 10,000 a window covers the largest office or mobile carrier's NAT sharing one address (the
    //   README's tuning advice) many times over; above it the per-client limit stops no script at all;
    // - one number prefix (up to a million numbers): 10,000 codes a window is one code for every hundredth number;
    // - the whole service: 1,000,000 confirmation texts a day is more sign-ups than any newsroom's audience makes, and
    //   at a few cents a text it is already the most a pumping attack should be able to cost in a day.
    private const int MaxPerContact = 100;
    private const int MaxPerClient = 10_000;
    private const int MaxPerPrefix = 10_000;
    private const int MaxSmsPerDay = 1_000_000;

    /// <summary>Confirmation messages (links or codes) one contact may be sent per <see cref="ContactWindowHours"/> (default 3).</summary>
    [Range(1, MaxPerContact)]
    public int ConfirmationsPerContact { get; set; } = 3;

    /// <summary>The window of <see cref="ConfirmationsPerContact"/>, in hours (default 24).</summary>
    [Range(1, MaxWindowMinutes / 60)]
    public int ContactWindowHours { get; set; } = 24;

    /// <summary>Sign-ups one client address may make per <see cref="ClientWindowMinutes"/> (default 10).</summary>
    [Range(1, MaxPerClient)]
    public int SignUpsPerClient { get; set; } = 10;

    /// <summary>Requests for a new link or code one client address may make per <see cref="ClientWindowMinutes"/> (default 10).</summary>
    [Range(1, MaxPerClient)]
    public int ResendsPerClient { get; set; } = 10;

    /// <summary>Requests for a fresh manage link one client address may make per <see cref="ClientWindowMinutes"/> (default 10).</summary>
    [Range(1, MaxPerClient)]
    public int ManageLinksPerClient { get; set; } = 10;

    /// <summary>Address or number changes (each sends a confirmation) one client address may make per <see cref="ClientWindowMinutes"/> (default 10).</summary>
    [Range(1, MaxPerClient)]
    public int ContactChangesPerClient { get; set; } = 10;

    /// <summary>Confirm requests (link or code) one client address may make per <see cref="ClientWindowMinutes"/> (default 30).</summary>
    [Range(1, MaxPerClient)]
    public int ConfirmAttemptsPerClient { get; set; } = 30;

    /// <summary>The window of the per-client limits, in minutes (default 60).</summary>
    [Range(1, MaxWindowMinutes)]
    public int ClientWindowMinutes { get; set; } = 60;

    /// <summary>SMS codes per number prefix (country code and the first 3 national digits) per <see cref="PrefixWindowMinutes"/> (default 20).</summary>
    [Range(1, MaxPerPrefix)]
    public int CodesPerNumberPrefix { get; set; } = 20;

    /// <summary>The window of <see cref="CodesPerNumberPrefix"/>, in minutes (default 60).</summary>
    [Range(1, MaxWindowMinutes)]
    public int PrefixWindowMinutes { get; set; } = 60;

    /// <summary>Confirmation SMS the whole service may send per 24 hours, across every instance (default 1,000).</summary>
    [Range(1, MaxSmsPerDay)]
    public int ConfirmationSmsPerDay { get; set; } = 1000;

    /// <summary>
    /// How many proxies in front of the app append to <c>X-Forwarded-For</c> without the host applying it: 0 (the
    /// default) uses the connection's remote address. That is right locally and in Azure: the Functions worker's ASP.NET
    /// Core integration runs the forwarded-headers middleware, which trusts only the Functions host's loopback hop and
    /// moves the entry the platform wrote (the last) into the remote address, leaving in the header only what the
    /// client wrote. Above 0 only for a host that passes the header on untouched (then the entry that many from the right).
    /// </summary>
    [Range(0, 10)]
    public int ForwardedForHops { get; set; }
}
