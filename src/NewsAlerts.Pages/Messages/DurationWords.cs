namespace NewsAlerts.Pages.Messages;

using System.Globalization;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Words;

/// <summary>
/// A configured length of time as a person reads it ("2 days", "36 hours", "15 minutes"), and the page sentences
/// that name one, so no page repeats a lifetime or window as a literal that could drift from the setting.
/// </summary>
public static class DurationWords
{
    /// <summary>
    /// The words for <paramref name="duration"/> in the page's language, in the unit <see cref="DurationText.Of"/> picks
    /// (whole days, else whole hours, else minutes rounded up: "2 days", "36 hours", "15 minutes"; in English the same
    /// words as every message). The count's form follows <see cref="Form"/>.
    /// </summary>
    public static string Of(TimeSpan duration)
    {
        var (count, unit) = duration >= TimeSpan.FromDays(1) && duration.Ticks % TimeSpan.TicksPerDay == 0 ? ((long)duration.TotalDays, "Day")
            : duration >= TimeSpan.FromHours(1) && duration.Ticks % TimeSpan.TicksPerHour == 0 ? ((long)duration.TotalHours, "Hour")
            : (Math.Max(1, (long)Math.Ceiling(duration.TotalMinutes)), "Minute");
        var key = $"Duration{unit}{Form(Languages.PageCulture.Language, count)}";
        return Format(PageStrings.Catalog.GetString(key, CultureInfo.CurrentUICulture) ?? key, count);
    }

    /// <summary>
    /// Which form of a counted noun <paramref name="count"/> takes in <paramref name="language"/> (ISO 639-1), as the
    /// catalogs' <c>Duration…One/Two/Few/Many</c> keys hold them: <c>One</c> for 1, <c>Two</c> for 2, and in Arabic
    /// <c>Few</c> when the count's last two digits are 3 to 10 (CLDR plural rules, "few"); <c>Many</c> otherwise.
    /// </summary>
    public static string Form(string language, long count) => count switch
    {
        1 => "One",
        2 => "Two",
        _ when language == "ar" && count % 100 is >= 3 and <= 10 => "Few",
        _ => "Many",
    };

    /// <summary>The code field's hint, naming <see cref="SubscriberService.SmsCodeLifetime"/>.</summary>
    public static string CodeHint => Format(PageStrings.CodeHint, Of(SubscriberService.SmsCodeLifetime));

    /// <summary>The pending address change's sentence for <paramref name="address"/>, naming <see cref="SubscriberService.EmailConfirmationLifetime"/>.</summary>
    public static string ChangePendingEmail(string address) => Format(PageStrings.ChangePendingEmail, Layout.LtrValues.InText(address), Of(SubscriberService.EmailConfirmationLifetime));

    /// <summary>The history's hint for <paramref name="timeZone"/> (named by its city in the page's language, <see cref="ZoneWords.Of(string, string)"/>), naming <see cref="AlertHistory.Window"/>.</summary>
    public static string RecentHint(string timeZone) => Format(PageStrings.RecentHint, Format(PageStrings.ZoneTime, ZoneWords.Of(timeZone, Languages.PageCulture.Language)), Of(AlertHistory.Window));

    /// <summary>The empty history's sentence, naming <see cref="AlertHistory.Window"/>.</summary>
    public static string RecentNone => Format(PageStrings.RecentNone, Of(AlertHistory.Window));

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.CurrentCulture, format, values);
}
