namespace NewsAlerts.Pages.Fields;

using System.Globalization;
using NewsAlerts.Core.Policy;

/// <summary>An email schedule as a person reads it on the confirmation page: "You'll get one email a day at 07:00 (London time)."</summary>
public static class ScheduleWords
{
    /// <summary>The sentence for <paramref name="schedule"/> in <paramref name="timeZone"/> (an IANA id, named by its city in the page's language: <see cref="Core.Words.ZoneWords.Of(string, string)"/>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Sentence(EmailSchedule schedule, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(timeZone);
        var format = schedule.Frequency switch
        {
            EmailFrequency.Immediate => PageStrings.ScheduleImmediate,
            EmailFrequency.Hourly => PageStrings.ScheduleHourly,
            EmailFrequency.Weekly => PageStrings.ScheduleWeekly,
            _ => PageStrings.ScheduleDaily,
        };
        // English says "on Mondays"; the other catalogs' sentences take the day's plain name.
        var culture = CultureInfo.CurrentCulture;
        var weekday = culture.DateTimeFormat.GetDayName(schedule.Weekday) + (Languages.PageCulture.Language == "en" ? "s" : string.Empty);
        return string.Format(CultureInfo.CurrentCulture, format, Languages.PageMoments.Time(schedule.At), Core.Words.ZoneWords.Of(timeZone, Languages.PageCulture.Language), weekday);
    }
}
