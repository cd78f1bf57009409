namespace NewsAlerts.Core.Caps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.History;

/// <summary>
/// A daily cap set (or changed) in the middle of a day counts what that day has already sent (issue 16, trial #4): the
/// dispatcher counts only subscribers who have a cap, so the alerts sent before the cap existed are read back from the
/// subscriber's history and added to the day's counter under the count keys the dispatcher uses
/// (<see cref="DailyCapCounting.CountKey"/> of the ledger key), so an alert is never counted twice and a cap of 3 set at
/// noon after 5 texts holds every further text that day.
/// </summary>
public static class CapSeeding
{
    /// <summary>How far back the history is read for one local day: the longest day (25 hours) with room for the zone's offset.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromHours(50);

    /// <summary>Most history rows read for one seeding (caps go up to 1,000 a channel).</summary>
    public const int MaxRows = 5_000;

    /// <summary>The field an API answer's notice names when seeding failed (<see cref="Subscribers.SubscriberOutcome.CapsCountFromNow"/>).</summary>
    public const string NoticeField = "preferences.caps";

    /// <summary>What an API answer says when seeding failed: the change is saved, and the cap counts from now.</summary>
    public const string CountsFromNowReason =
        "is saved, and counts from now: the alerts sent earlier today could not be read just now, so they are not counted against it";

    /// <summary>
    /// The count keys of the alerts on <paramref name="channel"/> that <paramref name="history"/> says were sent on the
    /// subscriber's local day <paramref name="day"/> (midnight to midnight in <paramref name="zone"/>), each once. Only
    /// alerts count: follow-ups and digests are never capped (README "How often, when and how much").
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="zone"/> is null.</exception>
    public static IReadOnlyList<string> SentOn(IEnumerable<ReceivedAlert> history, Channel channel, TimeZoneInfo zone, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(zone);
        return history
            .Where(r => r.Channel == channel && r.Kind == ReceivedKind.Alert && DailyCapCounting.LocalDay(r.At, zone) == day)
            .OrderBy(r => r.At)
            .Select(r => DailyCapCounting.CountKey(r.Key))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Adds the <paramref name="sentKeys"/> not yet counted to <paramref name="current"/>, past the cap if need be (they
    /// were sent): allowed, with no write when every key was counted already. A key the counter remembers as refused
    /// stays refused (it went to a digest, it was not sent as an alert).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> or <paramref name="sentKeys"/> is null.</exception>
    public static CapTake Seed(CapCount current, IReadOnlyList<string> sentKeys)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(sentKeys);
        var known = new HashSet<string>(current.Keys, StringComparer.Ordinal);
        known.UnionWith(current.Refused.Select(o => o.Key));
        var added = sentKeys.Where(known.Add).ToList();
        return added.Count == 0 ? new CapTake(true, null) : new CapTake(true, current with { Keys = [.. current.Keys, .. added] });
    }

    /// <summary>
    /// The channels whose cap needs seeding after a change from <paramref name="before"/> to <paramref name="after"/>:
    /// those with a cap now that differs from the one before (set where there was none, or changed).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    public static IReadOnlyList<Channel> ToSeed(Policy.DailyCaps before, Policy.DailyCaps after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return [.. new[] { Channel.Email, Channel.Sms }.Where(c => after.For(c) is not null && after.For(c) != before.For(c))];
    }
}
