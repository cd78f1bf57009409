namespace NewsAlerts.Core.Pausing;

using System.Globalization;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

/// <summary>
/// The pause decisions as plain functions: when a pause ends and whether a subscriber is paused at an instant. A pause
/// is <see cref="Subscriber.PausedUntil"/>: an instant (exclusive), <see cref="DateTimeOffset.MaxValue"/> until they
/// resume, null when not paused. While paused they get nothing: planning leaves them out (no alert, no digest entry),
/// an alert already queued is recorded skipped (<see cref="PausedReason"/>) and a digest due is not sent.
/// </summary>
public static class Pauses
{
    /// <summary>The ledger reason of an alert or digest not sent because its subscriber paused.</summary>
    public const string PausedReason = "paused";

    /// <summary>The furthest date a pause may run to, from today on their clock.</summary>
    public const int MaxDays = 366;

    /// <summary>The value of <see cref="Subscriber.PausedUntil"/> for a pause until they resume.</summary>
    public static readonly DateTimeOffset UntilResumed = DateTimeOffset.MaxValue;

    /// <summary>
    /// When the pause <paramref name="change"/> asks for at <paramref name="now"/> ends, for a subscriber in
    /// <paramref name="timeZone"/> (IANA): null to resume; an error on <see cref="PauseChange.Field"/> for a date that
    /// is not after today on their clock or more than <see cref="MaxDays"/> days on.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> or <paramref name="timeZone"/> is null.</exception>
    public static (DateTimeOffset? Until, FieldError? Error) Until(PauseChange change, DateTimeOffset now, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(timeZone);
        switch (change.Length)
        {
            case PauseLength.Resume:
                return (null, null);
            case PauseLength.Day:
                return (now.AddDays(1), null);
            case PauseLength.Week:
                return (now.AddDays(7), null);
            case PauseLength.UntilResumed:
                return (UntilResumed, null);
        }

        var zone = LocalClock.Zone(timeZone);
        var today = LocalClock.DateAt(now, zone);
        var date = change.Date ?? today;
        // Trial r38 #11: each bound broken says itself ("after today" was said of 2099-01-01 too).
        if (date <= today)
        {
            return (null, new FieldError(PauseChange.Field, DateOutOfRange(today)));
        }

        if (date > today.AddDays(MaxDays))
        {
            return (null, new FieldError(PauseChange.Field, DateTooFarAhead(today)));
        }

        return (LocalClock.ToInstant(date, TimeOnly.MinValue, zone), null);
    }

    /// <summary>
    /// Why a pause date is refused, with the range allowed from <paramref name="today"/> (their clock): <c>must be a day
    /// after today, from 2026-12-03 to 2027-12-03 (at most 366 days ahead)</c>. The dates are ISO 8601 so the pages can
    /// read them back (<see cref="DateOutOfRangeShape"/>) and write them in the person's language (trial r34 #1: the
    /// page said only "cannot be used as it is").
    /// </summary>
    public static string DateOutOfRange(DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"must be a day after today, from {today.AddDays(1):yyyy-MM-dd} to {today.AddDays(MaxDays):yyyy-MM-dd} (at most {MaxDays} days ahead)");

    /// <summary>
    /// Why a pause date later than <see cref="MaxDays"/> days from <paramref name="today"/> (their clock) is refused, with
    /// the last day allowed: <c>must be at most 366 days after today, by 2027-12-03</c> (trial r38 #11: a date in 2099 was
    /// told "must be a day after today"). ISO 8601 so the pages can read it back (<see cref="DateTooFarAheadShape"/>).
    /// </summary>
    public static string DateTooFarAhead(DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxDays} days after today, by {today.AddDays(MaxDays):yyyy-MM-dd}");

    /// <summary>The shape of <see cref="DateTooFarAhead"/>: group <c>last</c> is the last date allowed (yyyy-MM-dd).</summary>
    public const string DateTooFarAheadShape = "^must be at most \\d+ days after today, by (?<last>\\d{4}-\\d{2}-\\d{2})$";

    /// <summary>The shape of <see cref="DateOutOfRange"/>: groups <c>first</c> and <c>last</c> are the allowed dates (yyyy-MM-dd).</summary>
    public const string DateOutOfRangeShape = "^must be a day after today, from (?<first>\\d{4}-\\d{2}-\\d{2}) to (?<last>\\d{4}-\\d{2}-\\d{2}) \\(at most \\d+ days ahead\\)$";

    /// <summary>Whether a pause ending at <paramref name="pausedUntil"/> (null: none) is in force at <paramref name="now"/>.</summary>
    public static bool IsPaused(DateTimeOffset? pausedUntil, DateTimeOffset now) => pausedUntil is { } until && now < until;

    /// <summary>Whether <paramref name="subscriber"/> is paused at <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static bool IsPaused(Subscriber subscriber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return IsPaused(subscriber.PausedUntil, now);
    }
}
