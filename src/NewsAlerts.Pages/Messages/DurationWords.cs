namespace NewsAlerts.Pages.Messages;

using System.Globalization;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// A configured length of time as a person reads it ("2 days", "36 hours", "15 minutes"), and the page sentences
/// that name one, so no page repeats a lifetime or window as a literal that could drift from the setting.
/// </summary>
public static class DurationWords
{
    /// <summary>
    /// The words for <paramref name="duration"/> in the page's language: <see cref="DurationText.Of(TimeSpan, string?)"/>,
    /// the same words and unit as every email and text ("2 days", "36 hours", "15 minutes"), each count in its
    /// language's CLDR plural form from the one catalog (<c>EmailTexts</c>). Every sentence puts a duration after a
    /// word that governs its case (Arabic بعد، مدة، لمدة، خلال آخر), so the Arabic dual is the genitive/accusative one
    /// ("مدة يومين", never "يومان", trial r41 #11).
    /// </summary>
    public static string Of(TimeSpan duration) => DurationText.Of(duration, Languages.PageCulture.Language);

    /// <summary>"5 minutes": <paramref name="count"/> minutes in the page's language, in that unit whatever it adds up to.</summary>
    public static string Minutes(long count) => EmailTexts.Count(EmailText.Minutes, count, Languages.PageCulture.Language);

    /// <summary>"2 hours": <paramref name="count"/> hours in the page's language, in that unit whatever it adds up to.</summary>
    public static string Hours(long count) => EmailTexts.Count(EmailText.Hours, count, Languages.PageCulture.Language);

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
