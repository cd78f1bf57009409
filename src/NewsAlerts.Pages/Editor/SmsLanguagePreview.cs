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

    /// <summary>
    /// Whether the preview shows "the first text to a number" (with the opt-out line): only when some reader of this
    /// language gets one, a number never texted before (<see cref="SmsLanguageCount.FirstTexts"/>, counted from each
    /// reader's <c>SmsWelcomed</c> as the SMS channel decides the line). Trial r35 #10: a correction's or withdrawal's
    /// preview, whose readers were all texted before, showed the box; so did a story texting nobody yet, which showed the
    /// English example under a count of 0.
    /// </summary>
    public bool ShowsFirstSms => Count.FirstTexts > 0;
}
