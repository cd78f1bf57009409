namespace NewsAlerts.Core.Subscribers;

using System.Net.Mail;
using System.Text;
using NewsAlerts.Core.Validation;
using PhoneNumbers;

/// <summary>Checks and normalises email addresses, phone numbers and time zones.</summary>
public static class ContactValidation
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>The most characters an address may be typed with, invisible ones included (RFC 5321's 254, with room for them).</summary>
    public const int MaxTypedEmailLength = 320;

    /// <summary>The most characters a number may be typed with, spaces and punctuation included.</summary>
    public const int MaxTypedPhoneLength = 32;

    /// <summary>
    /// An address or number as typed, through the one free-text check of every way in (<see cref="FreeText.Faults"/>:
    /// trimmed, a reordering control such as U+202E refused by its code, invisible word-breakers such as U+200B removed,
    /// longer than <paramref name="maxLength"/> refused; the first fault is the reason), so sign-up, a contact change, the manage-link form and a resend
    /// read it alike (trial r40 #3, #4; review r41: the manage-link form skipped it); nothing left is "is required".
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (string? Text, string? Reason) Typed(string text, int maxLength)
    {
        // The first fault alone (its length before its characters): a contact is one field, worded by one reason on
        // every page (ValidatorReasonWords), where "is longer than 32 characters, and it contains U+000A…" had no words.
        var (cleaned, reasons) = FreeText.Faults(text, maxLength, lineBreaks: false);
        return reasons.Count > 0 ? (null, reasons[0]) : cleaned!.Length == 0 ? (null, "is required") : (cleaned, null);
    }

    /// <summary>The address in canonical form, or the reason it is not one (read as typed: <see cref="Typed"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (string? Address, string? Reason) Email(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (typed, refused) = Typed(text, MaxTypedEmailLength);
        if (typed is null)
        {
            return (null, refused);
        }

        text = typed;
        if (text.Length > 254)
        {
            return (null, "is longer than 254 characters");
        }

        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || address.DisplayName.Length > 0)
        {
            return (null, "is not an email address such as name@example.com");
        }

        var domain = address.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
            ? ($"{address.User}@{domain.ToLowerInvariant()}", null)
            : (null, "needs a domain such as example.com after the @");
    }

    /// <summary>The number in E.164 form (<c>+447700900123</c>), or the reason it is not a valid one (read as typed: <see cref="Typed"/>).</summary>
    public static (string? E164, string? Reason) Phone(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (typed, refused) = Typed(text, MaxTypedPhoneLength);
        if (typed is null)
        {
            return (null, refused);
        }

        text = PhoneText(typed);
        return text.TrimStart().StartsWith('+')
            ? Phone(text, null)
            : (null, "must be in international E.164 form, starting with + and the country code");
    }

    /// <summary>
    /// The number in E.164 form, read as a number of <paramref name="country"/> (ISO 3166-1 alpha-2) unless it starts
    /// with + (libphonenumber's default region: trunk prefix, spaces, dashes and parentheses as written there), or the
    /// reason it is not a valid one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (string? E164, string? Reason) Phone(string text, string? country)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (typed, refused) = Typed(text, MaxTypedPhoneLength);
        if (typed is null)
        {
            return (null, refused);
        }

        text = PhoneText(typed);
        if (text.Count(c => c == '+') > 1)
        {
            return (null, "has more than one +; write a single + before the country code");
        }

        try
        {
            var number = Phones.Parse(text, country);
            if (number.HasExtension)
            {
                return (null, "has an extension; texts cannot go to an extension, so give the mobile number alone");
            }

            return Phones.IsValidNumber(number)
                ? (Phones.Format(number, PhoneNumberFormat.E164), null)
                : (null, "is not a valid phone number for its country code");
        }
        catch (NumberParseException)
        {
            return (null, "is not a phone number");
        }
    }

    /// <summary>
    /// A number as typed, in the characters the parser reads: Unicode NFKC (full-width <c>＋４４</c> becomes
    /// <c>+44</c>, UAX #15) and Arabic-Indic (U+0660-U+0669) and Extended Arabic-Indic (Persian, U+06F0-U+06F9) digits
    /// as 0-9; a leading <c>00</c>, the international call prefix ITU-T recommends and most countries dial (ITU-T E.164
    /// Annex A; E.123 §2 writes it as +), becomes <c>+</c>, so <c>0044 7400 123457</c> reads as <c>+44 7400 123457</c>
    /// (trial r34 #7). No national number begins with 00 (trunk prefixes are one digit such as 0 or 8, and no area or
    /// mobile code after them begins with 0), so a national form stays national. A bracketed international prefix or
    /// country code (<c>(0044) 7400 591184</c>, <c>(+44) …</c>, <c>+(44) …</c>) reads as <c>+44 …</c> (trial r35 #7).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string PhoneText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.Normalize(NormalizationForm.FormKC).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (chars[i] - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (chars[i] - '\u06F0')),
                _ => chars[i],
            };
        }

        // The international prefix or the country code in brackets, as in "(0044) 7400 591184", "(+44) 7400…",
        // "+(44) 7400…" or "00 (44) 7400…" (E.123 §2.5 brackets optional parts; trial r35 #7), reads as "+44 7400…".
        var read = BracketedCountryCode.Replace(new string(chars), "+$1$2 ", 1);
        var start = read.Length - read.TrimStart().Length;
        return read.AsSpan(start).StartsWith("00", StringComparison.Ordinal) ? string.Concat(read.AsSpan(0, start), "+", read.AsSpan(start + 2)) : read;
    }

    private static readonly System.Text.RegularExpressions.Regex BracketedCountryCode = new(
        @"^\s*(?:[(\[]\s*(?:00|\+)\s*([0-9]{1,3})\s*[)\]]|(?:00|\+)\s*[(\[]\s*([0-9]{1,3})\s*[)\]])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
