namespace NewsAlerts.Core.Privacy;

using System.Text.RegularExpressions;
using PhoneNumbers;

/// <summary>
/// Masks the email addresses and phone numbers inside free text that editors see (a provider's failure reason such as
/// "The 'To' number +447700900123 is not a valid phone number", an SMTP refusal naming the address, a topic a
/// subscriber wrote as their own address): an address keeps its first character and its domain (<c>a***@example.com</c>),
/// a number its first three and last two characters as written (<c>+44********23</c>), as the masks in logs and notices
/// do. Only contacts are masked: article ids, counts, timestamps, error and SMTP codes are digits but not phone numbers
/// and come back unchanged, so two reasons that differ only by recipient read the same once masked.
/// </summary>
/// <remarks>
/// Phone numbers are found by libphonenumber's <see cref="PhoneNumberUtil.FindNumbers(string, string, PhoneNumberUtil.Leniency, long)"/>
/// (a port of Google's PhoneNumberMatcher), not by counting digits:
/// <list type="bullet">
/// <item>a number written with + and a country code (E.164, as providers and our ledger write them) is masked when it
/// has a possible length for its country (<c>POSSIBLE</c>: a provider names the number it refused precisely because
/// it is not a valid one);</item>
/// <item>a number written without a country code is read as a number of each of <see cref="NationalRegions"/> and
/// masked when it is written as that country writes its numbers (the digits of its national format, trunk prefix
/// included: <c>01234 567890</c> in GB, so a bare <c>1234567890</c> is not one) and is a valid number there, or starts
/// with the trunk prefix and has a possible length (<c>07700 900123</c>, <c>(020) 7946 0958</c>, <c>(415) 555-0100</c>).</item>
/// </list>
/// </remarks>
public static partial class ContactsInText
{
    /// <summary>
    /// The countries (ISO 3166-1 alpha-2) whose national way of writing numbers is recognised by <see cref="Mask(string?)"/>:
    /// GB and US, the numbering plans of the stack's demo, its tests and its providers' sandboxes. Numbers of every
    /// other country are recognised when written with + and the country code.
    /// </summary>
    public static readonly IReadOnlyList<string> NationalRegions = ["GB", "US"];

    // libphonenumber's unknown region: FindNumbers then finds only numbers written with + and a country code.
    private const string SmsUnknownRegion = "ZZ";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>The text with every address and number masked; null stays null.</summary>
    public static string? Mask(string? text) => Mask(text, NationalRegions);

    /// <summary>
    /// The text with every address and number masked, numbers without a country code read as numbers of
    /// <paramref name="nationalRegions"/> (ISO 3166-1 alpha-2, upper case); null stays null.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="nationalRegions"/> is null.</exception>
    public static string? Mask(string? text, IEnumerable<string> nationalRegions)
    {
        ArgumentNullException.ThrowIfNull(nationalRegions);
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = EmailPattern().Replace(text, m => $"{m.Value[0]}***{m.Value[m.Value.LastIndexOf('@')..]}");
        var spans = NumberSpans(masked, nationalRegions);
        if (spans.Count == 0)
        {
            return masked;
        }

        var chars = masked.ToCharArray();
        foreach (var (start, length) in spans)
        {
            Array.Fill(chars, '*', start + 3, Math.Max(0, length - 5));
        }

        return new string(chars);
    }

    // Where the phone numbers are, in order, without overlaps: international ones first (region "ZZ" finds only
    // numbers written with +), then those each national plan recognises.
    private static List<(int Start, int Length)> NumberSpans(string text, IEnumerable<string> nationalRegions)
    {
        var found = Phones.FindNumbers(text, SmsUnknownRegion, PhoneNumberUtil.Leniency.POSSIBLE, long.MaxValue)
            .Select(m => (m.Start, m.Length))
            .ToList();
        foreach (var region in nationalRegions)
        {
            found.AddRange(Phones.FindNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE, long.MaxValue)
                .Where(m => IsWrittenNationalNumber(m, region))
                .Select(m => (m.Start, m.Length)));
        }

        var spans = new List<(int Start, int Length)>();
        foreach (var span in found.OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            if (spans.Count == 0 || span.Start >= spans[^1].Start + spans[^1].Length)
            {
                spans.Add(span);
            }
        }

        return spans;
    }

    // Written with + it was already found internationally. Without, it counts when written as its country writes its
    // numbers (the digits of libphonenumber's national format: "01234 567890" in GB, so a bare 1234567890 is not one)
    // and either valid there, or beginning with the trunk prefix with a full (not local-only) possible length: the
    // drama ranges (07700 900xxx) are not valid numbers yet are written as phone numbers.
    private static bool IsWrittenNationalNumber(PhoneNumberMatch match, string region)
    {
        if (match.RawString.TrimStart('(').StartsWith('+'))
        {
            return false;
        }

        var digits = Digits(match.RawString);
        if (!string.Equals(digits, Digits(Phones.Format(match.Number, PhoneNumberFormat.NATIONAL)), StringComparison.Ordinal))
        {
            return false;
        }

        var trunk = Phones.GetMetadataForRegion(region)?.NationalPrefix;
        return Phones.IsValidNumberForRegion(match.Number, region)
            || (!string.IsNullOrEmpty(trunk)
                && string.Equals(digits, trunk + Phones.GetNationalSignificantNumber(match.Number), StringComparison.Ordinal)
                && Phones.IsPossibleNumberWithReason(match.Number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE);
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    // A local part and a domain with a dot; no spaces, quotes or angle brackets (an SMTP reply writes <a@b.c>).
    [GeneratedRegex(@"[^\s@<>""'(),;:\[\]]+@[^\s@<>""'(),;:\[\]]+\.[^\s@<>""'(),;:\[\]]*[^\s@<>""'(),;:\[\].]")]
    private static partial Regex EmailPattern();
}
