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

    /// <summary>
    /// The instant an alert counts at: when its batch was planned to go (<see cref="Planning.DeliveryBatch.PlannedFor"/>),
    /// so a batch redelivered after the subscriber's local midnight still counts on the day it was meant for; the
    /// dispatch time <paramref name="now"/> only for a batch that does not carry one.
    /// </summary>
    public static DateTimeOffset CountedAt(DateTimeOffset? plannedFor, DateTimeOffset now) => plannedFor ?? now;

    /// <summary>
    /// <see cref="OverCap"/> at dispatch (no topic: the subscriber's own schedule), decided at the alert's
    /// <paramref name="countedAt"/> (<see cref="CountedAt"/>) so the overflow digest is the one following the time the
    /// alert was meant to go; when that digest's due time is no longer ahead of <paramref name="now"/> (the batch came
    /// round again after it), the next digest due after <paramref name="now"/>, so the entry lands where a run still reads.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="preferences"/> or <paramref name="zone"/> is null.</exception>
    public static PolicyDecision OverCapAtDispatch(
        Channel channel, DeliveryPreferences preferences, TimeZoneInfo zone, DateTimeOffset countedAt, DateTimeOffset now, bool digestReachesThem, bool emailCarriesStory)
    {
        var decision = OverCap(channel, preferences, topicId: null, zone, countedAt, digestReachesThem, emailCarriesStory);
        return decision is { Kind: PolicyDecisionKind.Digest, At: { } due } && due <= now
            ? OverCap(channel, preferences, topicId: null, zone, now, digestReachesThem, emailCarriesStory)
            : decision;
    }

    /// <summary>The count key of an alert: the first 8 bytes of SHA-256 of its ledger key, as 16 hex characters.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ledgerKey"/> is null.</exception>
    public static string CountKey(string ledgerKey)
    {
        ArgumentNullException.ThrowIfNull(ledgerKey);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ledgerKey)), 0, 8).ToLowerInvariant();
    }

    /// <summary>
    /// How many refused alerts a day's counter remembers with their digest (<see cref="CapOverflow"/>): about 26
    /// characters each in storage. Past this, a refused alert is not remembered and goes to the digest due from its own
    /// decision time (a redelivery across that digest's due time could then write it for a later digest as well).
    /// </summary>
    public const int MaxRemembered = 1_000;

    /// <summary>
    /// Counts one alert: allowed without a write when <paramref name="countKey"/> was counted already; refused without a
    /// write, into the digest remembered then, when it was refused before; allowed and added while fewer than
    /// <paramref name="cap"/> are counted; refused otherwise (a cap of 0 refuses everything), and remembered with
    /// <paramref name="overflowDue"/> when it goes to a digest, so the same alert refused again goes to the same entry.
    /// </summary>
    /// <param name="current">The day's counter.</param>
    /// <param name="countKey">The alert's count key.</param>
    /// <param name="cap">The subscriber's daily cap on the channel.</param>
    /// <param name="overflowDue">The due time of the digest the alert goes to if refused (<see cref="OverCap"/>), or null when it would be held.</param>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> or <paramref name="countKey"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cap"/> is negative.</exception>
    public static CapTake Take(CapCount current, string countKey, int cap, DateTimeOffset? overflowDue = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(countKey);
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        if (current.Keys.Contains(countKey, StringComparer.Ordinal))
        {
            return new CapTake(true, null);
        }

        if (current.Refused.FirstOrDefault(o => string.Equals(o.Key, countKey, StringComparison.Ordinal)) is { } before)
        {
            return new CapTake(false, null, before.DueAt);
        }

        if (current.Count < cap)
        {
            return new CapTake(true, current with { Keys = [.. current.Keys, countKey] });
        }

        return overflowDue is { } due && current.Refused.Count < MaxRemembered
            ? new CapTake(false, current with { Overflow = [.. current.Refused, new CapOverflow(countKey, due)] }, due)
            : new CapTake(false, null);
    }

    /// <summary>Gives back the place of an alert that was not sent after all (a permanent failure); no write when it was not counted.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> or <paramref name="countKey"/> is null.</exception>
    public static CapTake Release(CapCount current, string countKey)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(countKey);
        return current.Keys.Contains(countKey, StringComparer.Ordinal)
            ? new CapTake(true, current with { Keys = [.. current.Keys.Where(k => !string.Equals(k, countKey, StringComparison.Ordinal))] })
            : new CapTake(true, null);
    }

    /// <summary>
    /// What becomes of an alert over the cap, the one rule for planning (<see cref="DeliveryPolicy"/>, so the reach dry
    /// run) and for the count at dispatch. An email goes to the subscriber's next digest (the matched topic's digest
    /// schedule, or a daily digest at their hour for an immediate topic) when a digest can reach them. A text goes to
    /// that digest only when one can reach them and the story does not reach them by email anyway; otherwise it is held
    /// (HeldByCap), with the reason saying when the email carries the story. Today every match of a subscriber with a
    /// confirmed, unsuppressed email is emailed (at once or in a digest), so such a text is held, never a second copy
    /// of the story in a digest. Never sent, never dropped silently.
    /// </summary>
    /// <param name="channel">The alert's channel.</param>
    /// <param name="preferences">The subscriber's preferences.</param>
    /// <param name="topicId">The topic that matched, for its own email schedule; null for the subscriber's.</param>
    /// <param name="zone">Their time zone.</param>
    /// <param name="now">The decision time.</param>
    /// <param name="digestReachesThem">Whether a digest entry can be recorded and emailed to them (a confirmed, unsuppressed email and a digest store).</param>
    /// <param name="emailCarriesStory">Whether the story reaches them by email apart from this alert (only read for a text).</param>
    /// <exception cref="ArgumentNullException"><paramref name="preferences"/> or <paramref name="zone"/> is null.</exception>
    public static PolicyDecision OverCap(
        Channel channel, DeliveryPreferences preferences, string? topicId, TimeZoneInfo zone, DateTimeOffset now, bool digestReachesThem, bool emailCarriesStory)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(zone);
        var reason = $"daily {channel.ToString().ToLowerInvariant()} cap of {preferences.Caps.For(channel)} reached";
        var toDigest = digestReachesThem && (channel == Channel.Email || !emailCarriesStory);
        if (toDigest && DigestClock.NextDue(preferences.EmailFor(topicId).Overflow, zone, now) is { } due)
        {
            return new PolicyDecision(PolicyDecisionKind.Digest, due, reason, ByCap: true);
        }

        return new PolicyDecision(
            PolicyDecisionKind.HeldByCap, null, channel == Channel.Sms && emailCarriesStory ? $"{reason}; the story reaches them by email" : reason, ByCap: true);
    }
}
