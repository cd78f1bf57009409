namespace NewsAlerts.Core.Privacy;

using System.Text.RegularExpressions;

/// <summary>
/// Masks the email addresses and phone numbers inside free text that editors see (a provider's failure reason such as
/// "The 'To' number +447700900123 is not a valid phone number", an SMTP refusal naming the address, a topic a
/// subscriber wrote as their own address): an address keeps its first character and its domain (<c>a***@example.com</c>),
/// a number its first three and last two characters (<c>+44********23</c>), as the masks in logs and notices do. Text
/// without a contact comes back unchanged; two reasons that differ only by recipient read the same once masked.
/// </summary>
public static partial class ContactsInText
{
    /// <summary>
    /// The fewest digits a run must have to count as a phone number: 7, the shortest national numbers (ITU-T E.164 allows
    /// up to 15), so error codes (21211), SMTP codes (550 5.1.1) and years are left alone.
    /// </summary>
    public const int MinPhoneDigits = 7;

    /// <summary>The text with every address and number masked; null stays null.</summary>
    public static string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = EmailPattern().Replace(text, m => $"{m.Value[0]}***{m.Value[m.Value.LastIndexOf('@')..]}");
        return PhonePattern().Replace(masked, m => string.Concat(m.Value.AsSpan(0, 3), new string('*', m.Value.Length - 5), m.Value.AsSpan(m.Value.Length - 2)));
    }

    // A local part and a domain with a dot; no spaces, quotes or angle brackets (an SMTP reply writes <a@b.c>).
    [GeneratedRegex(@"[^\s@<>""'(),;:\[\]]+@[^\s@<>""'(),;:\[\]]+\.[^\s@<>""'(),;:\[\]]*[^\s@<>""'(),;:\[\].]")]
    private static partial Regex EmailPattern();

    // An optional + (or bracket), then at least MinPhoneDigits digits, each group parted from the next by at most two
    // spaces, dots, hyphens or brackets ("+44 7700 900123", "+1 (415) 555-0100"); ASCII digits only.
    [GeneratedRegex(@"[+(]?[0-9](?:[ .()-]{0,2}[0-9]){6,}")]
    private static partial Regex PhonePattern();
}
