namespace NewsAlerts.Core.Words;

using NewsAlerts.Core.Texts;

/// <summary>
/// An instant as a person reads it in an email or a text: on their clock, in their language, written as every page writes
/// it (trial r37 #9: emails wrote "1 December 2026, 14:05" where pages wrote "Tue, Dec 1, 2026, 14:05"): CLDR's short
/// date with its weekday and the 24-hour time, joined as the language joins them (<see cref="ShortDates"/>), then the
/// zone named as people name it (<see cref="ZoneWords"/>): "Tue, Dec 1, 2026, 14:05 (Paris time)", "mar. 1 déc. 2026
/// 14:05 (fuseau horaire : Paris)"; the time of day isolated left to right in Arabic (<see cref="LtrText"/>). No message
/// needs a long form: every moment in one is a publication, a change or a send time read next to the same dates on the
/// pages. The catalog's <see cref="EmailText.Moment"/> places the zone after the date and time.
/// </summary>
public static class MomentWords
{
    /// <summary>
    /// <paramref name="at"/> on the clock of <paramref name="timeZone"/> (an IANA id) in <paramref name="language"/>
    /// (a BCP 47 tag); on UTC, named as such, when the zone is null, unknown or UTC itself; an <c>Etc/</c> offset's
    /// clock is named by its offset ("UTC+3"), so a time is never labelled with a clock it is not on.
    /// </summary>
    public static string Of(DateTimeOffset at, string? timeZone, string? language)
    {
        if (ZoneWords.Of(timeZone) != "UTC" && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone!, out var zone))
        {
            var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
            return EmailTexts.Of(EmailText.Moment, language, ShortDates.WithTime(local, Clock(local, language), language), ZoneWords.Time(timeZone, language));
        }

        return EmailTexts.Of(EmailText.Moment, language, ShortDates.WithTime(at.UtcDateTime, Clock(at.UtcDateTime, language), language), ZoneWords.Time(null, language));
    }

    // The time of day, 24-hour, isolated left to right in a right-to-left language (LtrText).
    private static string Clock(DateTime local, string? language) =>
        LtrText.In(local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), language);
}
