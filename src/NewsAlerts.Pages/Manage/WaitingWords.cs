namespace NewsAlerts.Pages.Manage;

using System.Globalization;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Layout;

/// <summary>
/// What the preference centre says of a sign-up's contact still waiting for its link or code after the other joined
/// (<see cref="SignUpWaits"/>; issue 16, trial #5, instead of "No email address yet."): the contact masked as a notice
/// to someone else shows it (<see cref="ContactChangeNotices.Mask"/>), and until when, on the subscriber's clock, what
/// was sent works, or that it no longer does.
/// </summary>
public static class WaitingWords
{
    /// <summary>The address's sentence, or null when no address waits.</summary>
    /// <param name="waiting">What waits, or null.</param>
    /// <param name="timeZone">The subscriber's IANA zone (the time is on their clock).</param>
    public static string? Email(WaitingSignUp? waiting, string? timeZone) =>
        waiting?.Email is { } email ? Sentence(PageStrings.StatusEmailLinkWaiting, PageStrings.StatusEmailLinkSpent, ContactChangeNotices.Mask(Channel.Email, email), waiting.LinkUntil, timeZone) : null;

    /// <summary>The number's sentence, or null when no number waits.</summary>
    /// <param name="waiting">What waits, or null.</param>
    /// <param name="timeZone">The subscriber's IANA zone (the time is on their clock).</param>
    public static string? Phone(WaitingSignUp? waiting, string? timeZone) =>
        waiting?.Phone is { } phone ? Sentence(PageStrings.StatusPhoneCodeWaiting, PageStrings.StatusPhoneCodeSpent, ContactChangeNotices.Mask(Channel.Sms, phone), waiting.CodeUntil, timeZone) : null;

    private static string Sentence(string works, string spent, string masked, DateTimeOffset? until, string? timeZone) =>
        until is { } at
            ? string.Format(CultureInfo.CurrentCulture, works, LtrValues.InText(masked), PageMoments.Local(at, timeZone))
            : string.Format(CultureInfo.CurrentCulture, spent, LtrValues.InText(masked));
}
