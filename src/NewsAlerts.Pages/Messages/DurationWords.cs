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
    /// <summary>The words for <paramref name="duration"/>, as every message words it (<see cref="DurationText.Of"/>).</summary>
    public static string Of(TimeSpan duration) => DurationText.Of(duration);

    /// <summary>The code field's hint, naming <see cref="SubscriberService.SmsCodeLifetime"/>.</summary>
    public static string CodeHint => Format(PageStrings.CodeHint, Of(SubscriberService.SmsCodeLifetime));

    /// <summary>The pending address change's sentence for <paramref name="address"/>, naming <see cref="SubscriberService.EmailConfirmationLifetime"/>.</summary>
    public static string ChangePendingEmail(string address) => Format(PageStrings.ChangePendingEmail, address, Of(SubscriberService.EmailConfirmationLifetime));

    /// <summary>The history's hint for <paramref name="timeZone"/> (named by its city, <see cref="ZoneWords"/>), naming <see cref="AlertHistory.Window"/>.</summary>
    public static string RecentHint(string timeZone) => Format(PageStrings.RecentHint, ZoneWords.Time(timeZone), Of(AlertHistory.Window));

    /// <summary>The empty history's sentence, naming <see cref="AlertHistory.Window"/>.</summary>
    public static string RecentNone => Format(PageStrings.RecentNone, Of(AlertHistory.Window));

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
