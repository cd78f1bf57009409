namespace NewsAlerts.Core.Words;

using NewsAlerts.Core.Texts;

/// <summary>
/// An instant as a person reads it in an email: on their clock, in their language, with the zone named as people name
/// it (<see cref="ZoneWords"/>): "1 December 2026, 14:05 (Paris time)", "1 décembre 2026 à 14:05 (fuseau horaire : Paris)"; the time of day isolated left to right in Arabic (<see cref="LtrText"/>).
/// The pattern is the catalog's (<see cref="EmailText.Moment"/>), the month names the language's (CLDR, through ICU).
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
            return EmailTexts.Of(EmailText.Moment, language, local, ZoneWords.Time(timeZone, language), Clock(local, language));
        }

        return EmailTexts.Of(EmailText.Moment, language, at.UtcDateTime, ZoneWords.Time(null, language), Clock(at.UtcDateTime, language));
    }

    // The time of day, 24-hour, isolated left to right in a right-to-left language (LtrText).
    private static string Clock(DateTime local, string? language) =>
        LtrText.In(local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), language);
}
