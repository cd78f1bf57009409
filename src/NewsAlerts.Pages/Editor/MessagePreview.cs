namespace NewsAlerts.Pages.Editor;

using NewsAlerts.Channels.Sms;

/// <summary>An alert as the dispatcher will send it, for the editor to read before publishing.</summary>
/// <param name="Subject">The email's subject.</param>
/// <param name="EmailHtml">The email's HTML part, as sent (shown in a sandboxed frame).</param>
/// <param name="EmailText">The email's plain-text part, as sent.</param>
/// <param name="Sms">The text to a number that had texts before.</param>
/// <param name="FirstSms">The first text to a number (with the opt-out wording).</param>
/// <param name="SmsWarning">Why <paramref name="Sms"/> goes as UCS-2 and what that costs; null when it goes as GSM-7.</param>
/// <param name="FirstSmsWarning">The same for <paramref name="FirstSms"/>.</param>
public sealed record MessagePreview(
    string Subject, string EmailHtml, string EmailText, SmsBody Sms, SmsBody FirstSms, Ucs2Warning? SmsWarning = null, Ucs2Warning? FirstSmsWarning = null);
