namespace NewsAlerts.Pages.Languages;

using System.Globalization;
using NewsAlerts.Core.Words;

/// <summary>
/// The one way every subscriber page writes a date and a time of day, per language (issue 16, trial r35: the preference
/// centre wrote the history as "Mon, Nov 30, 2026, 2:05 PM", the digest time as "07:00" and the notice page a history
/// row leads to as "30 November 2026, 14:05"). A date is CLDR's short date with its weekday (<c>yMMMEd</c>,
/// <see cref="ShortDates"/>, Gregorian, ASCII digits); a time of day is 24-hour <c>HH:mm</c> in every language, as the
/// digest-time, quiet-hours and pause fields take it and as every email and text writes it (<see cref="MomentWords"/>),
/// isolated left to right on a right-to-left page (<see cref="LtrText"/>: markup once the page is rendered); the two
/// joined as CLDR joins them in that language. Examples: <c>Mon, Nov 30, 2026, 14:05</c>, <c>lun. 30 nov. 2026 15:05</c>,
/// <c>Mo., 30. Nov. 2026, 15:05</c>.
/// </summary>
public static class PageMoments
{
    /// <summary>A time of day in the page's language: <c>07:00</c> (isolated on a right-to-left page).</summary>
    public static string Time(TimeOnly time) => LtrText.In(time.ToString("HH:mm", CultureInfo.InvariantCulture), PageCulture.Language);

    /// <summary>A day in the page's language, with its weekday: <c>Thu, Dec 3, 2026</c>.</summary>
    public static string Date(DateOnly date) => ShortDates.Of(date.ToDateTime(TimeOnly.MinValue), PageCulture.Language);

    /// <summary>
    /// <paramref name="at"/> on the clock of <paramref name="timeZone"/> (an IANA id; null or unknown: UTC) in the page's
    /// language: its day (<see cref="Date"/>) and time (<see cref="Time"/>) joined as the language joins them.
    /// </summary>
    public static string Local(DateTimeOffset at, string? timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(at, ZoneOf(timeZone)).DateTime;
        return ShortDates.WithTime(local, Time(TimeOnly.FromDateTime(local)), PageCulture.Language);
    }

    /// <summary>
    /// <see cref="Local"/> followed by the clock's name in brackets, for a page that is not one reader's (a short link's
    /// notice is per story): <c>Tue, Dec 1, 2026, 17:13 (UTC time)</c> (<see cref="ZoneWords.Time(string, string)"/>).
    /// </summary>
    public static string Named(DateTimeOffset at, string? timeZone) =>
        $"{Local(at, timeZone)} ({ZoneWords.Time(ZoneOf(timeZone) == TimeZoneInfo.Utc ? null : timeZone, PageCulture.Language)})";

    private static TimeZoneInfo ZoneOf(string? timeZone) =>
        timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
}
