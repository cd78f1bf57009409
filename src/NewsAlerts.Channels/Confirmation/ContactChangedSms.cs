namespace NewsAlerts.Channels.Confirmation;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// The text a replaced phone number gets (<see cref="ContactChangeNotice"/>): in the subscriber's language
/// (<see cref="SmsTexts.ContactChanged"/>), the moment on their clock (<see cref="MomentWords"/>), accents GSM-7 lacks
/// rewritten (<see cref="GsmTransliterator"/>) so a Latin-script text stays GSM-7: one 160-character segment in
/// English, two at most in the other Latin-script languages; Arabic goes as UCS-2 (70 characters a segment).
/// </summary>
public static class ContactChangedSms
{
    /// <summary>The service name the text starts with.</summary>
    public const string ServiceName = "NewsAlerts";

    /// <summary>The text for <paramref name="notice"/> written for <paramref name="locale"/>, measured as sent.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SmsBody Of(ContactChangeNotice notice, MessageLocale locale)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(locale);
        var when = MomentWords.Of(notice.ChangedAt, locale.TimeZone, locale.Language);
        var text = GsmTransliterator.Transliterate(SmsTexts.ContactChanged(locale.Language, ServiceName, notice.MaskedNewContact, when));
        return new SmsBody(text, GsmAlphabet.Measure(text));
    }
}
