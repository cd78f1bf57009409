namespace NewsAlerts.Pages.Editor;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Planning;

/// <summary>The text of an alert in one language, as the SMS sender composes it for subscribers of that language.</summary>
/// <param name="Count">The language and how many texts (and first texts) go in it.</param>
/// <param name="Sms">The text to a number that had texts before.</param>
/// <param name="FirstSms">The first text to a number (with the opt-out wording).</param>
/// <param name="SmsWarning">Why <paramref name="Sms"/> goes as UCS-2 and what that costs; null when it goes as GSM-7.</param>
/// <param name="FirstSmsWarning">The same for <paramref name="FirstSms"/>.</param>
public sealed record SmsLanguagePreview(SmsLanguageCount Count, SmsBody Sms, SmsBody FirstSms, Ucs2Warning? SmsWarning, Ucs2Warning? FirstSmsWarning)
{
    /// <summary>The segments the texts in this language make: later texts times theirs plus first texts times theirs.</summary>
    public int Segments => ((Count.Texts - Count.FirstTexts) * Sms.Measure.Segments) + (Count.FirstTexts * FirstSms.Measure.Segments);
}
