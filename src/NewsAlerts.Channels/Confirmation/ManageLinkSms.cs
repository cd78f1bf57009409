namespace NewsAlerts.Channels.Confirmation;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Texts;

/// <summary>
/// The text carrying a manage link a person asked for by number (<see cref="SmsTexts.ManageLink"/>): in the subscriber's
/// language, accents GSM-7 lacks rewritten (<see cref="GsmTransliterator"/>) so a Latin-script text stays GSM-7 (the link
/// is ASCII, base64url, all in GSM-7's basic set), two 153-character segments at most with the local host's link;
/// Arabic goes as UCS-2. It is transactional: no opt-out line, no alert caps.
/// </summary>
public static class ManageLinkSms
{
    /// <summary>The service name the text starts with.</summary>
    public const string ServiceName = "NewsAlerts";

    /// <summary>The text for <paramref name="manageUrl"/> in <paramref name="language"/> (BCP 47; null or not offered: English), measured as sent.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="manageUrl"/> is null.</exception>
    public static SmsBody Of(Uri manageUrl, string? language)
    {
        ArgumentNullException.ThrowIfNull(manageUrl);
        var text = GsmTransliterator.Transliterate(SmsTexts.ManageLink(language, ServiceName, manageUrl.AbsoluteUri));
        return new SmsBody(text, GsmAlphabet.Measure(text));
    }
}
