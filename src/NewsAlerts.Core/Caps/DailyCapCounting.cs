namespace NewsAlerts.Core.Caps;

using System.Security.Cryptography;
using System.Text;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Policy;

/// <summary>
/// The pure decisions of daily caps at dispatch: which local day an alert counts on, whether one more alert fits, and
/// what becomes of one that does not. An alert is counted under its ledger key, so a batch redelivered after a crash
/// counts it once; a cap counts alerts sent or being sent, and a permanent failure gives its place back.
/// </summary>
public static class DailyCapCounting
{
    /// <summary>The subscriber's local date at <paramref name="now"/> (midnight to midnight on their clock, DST-safe).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static DateOnly LocalDay(DateTimeOffset now, TimeZoneInfo zone) => LocalClock.DateAt(now, zone);

    /// <summary>The count key of an alert: the first 8 bytes of SHA-256 of its ledger key, as 16 hex characters.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ledgerKey"/> is null.</exception>
    public static string CountKey(string ledgerKey)
    {
        ArgumentNullException.ThrowIfNull(ledgerKey);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ledgerKey)), 0, 8).ToLowerInvariant();
    }

    /// <summary>
    /// Counts one alert: allowed without a write when <paramref name="countKey"/> was counted already; allowed and
    /// added while fewer than <paramref name="cap"/> are counted; refused otherwise (a cap of 0 refuses everything).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> or <paramref name="countKey"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cap"/> is negative.</exception>
    public static CapTake Take(CapCount current, string countKey, int cap)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(countKey);
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        if (current.Keys.Contains(countKey, StringComparer.Ordinal))
        {
            return new CapTake(true, null);
        }

        return current.Count < cap ? new CapTake(true, new CapCount([.. current.Keys, countKey])) : new CapTake(false, null);
    }

    /// <summary>Gives back the place of an alert that was not sent after all (a permanent failure); no write when it was not counted.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> or <paramref name="countKey"/> is null.</exception>
    public static CapTake Release(CapCount current, string countKey)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(countKey);
        return current.Keys.Contains(countKey, StringComparer.Ordinal)
            ? new CapTake(true, new CapCount([.. current.Keys.Where(k => !string.Equals(k, countKey, StringComparison.Ordinal))]))
            : new CapTake(true, null);
    }

    /// <summary>
    /// What becomes of an alert over the cap at dispatch: an email goes to the subscriber's next digest (their digest
    /// schedule, or a daily digest at their hour for immediate subscribers) when a digest can be recorded; a text, or
    /// an email with no digest store, is held (HeldByCap). Never sent, never dropped silently.
    /// </summary>
    /// <param name="channel">The alert's channel.</param>
    /// <param name="preferences">The subscriber's preferences.</param>
    /// <param name="zone">Their time zone.</param>
    /// <param name="now">The dispatch time.</param>
    /// <param name="digestPossible">Whether a digest entry can be recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="preferences"/> or <paramref name="zone"/> is null.</exception>
    public static PolicyDecision OverCap(Channel channel, DeliveryPreferences preferences, TimeZoneInfo zone, DateTimeOffset now, bool digestPossible)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(zone);
        var reason = $"daily {channel.ToString().ToLowerInvariant()} cap of {preferences.Caps.For(channel)} reached";
        return channel == Channel.Email && digestPossible && DigestClock.NextDue(preferences.Email.Overflow, zone, now) is { } due
            ? new PolicyDecision(PolicyDecisionKind.Digest, due, reason)
            : new PolicyDecision(PolicyDecisionKind.HeldByCap, null, reason);
    }
}
