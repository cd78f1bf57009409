namespace NewsAlerts.Core.Subscribers;

using PhoneNumbers;

/// <summary>
/// Which phone numbers may sign up for texts: valid numbers (libphonenumber) of type mobile or fixed-line-or-mobile
/// (where a country's plan does not tell them apart, as in the US), from an allowed country. Landlines, premium-rate,
/// shared-cost, toll-free, VoIP, pager, personal, UAN and voicemail numbers, and non-geographic ones such as
/// satellite phones (+881, +882), are refused: they cannot receive a text or make each text cost someone money.
/// </summary>
public sealed class TextablePhones
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    private readonly HashSet<string> allowed;

    /// <summary>Allows numbers from <paramref name="allowedCountries"/> (ISO 3166-1 alpha-2 codes, any case).</summary>
    public TextablePhones(IEnumerable<string> allowedCountries)
    {
        ArgumentNullException.ThrowIfNull(allowedCountries);
        allowed = new HashSet<string>(allowedCountries.Select(c => c.ToUpperInvariant()), StringComparer.Ordinal);
    }

    /// <summary>The allowed countries, sorted.</summary>
    public IReadOnlyList<string> AllowedCountries => [.. allowed.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Reads a list such as <c>"GB, US, SG"</c> (commas or spaces): the codes, or the reason it is not a list of
    /// countries libphonenumber knows.
    /// </summary>
    public static (IReadOnlyList<string>? Countries, string? Reason) ParseCountries(string? text)
    {
        var codes = (text ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant())
            .Distinct()
            .ToList();
        if (codes.Count == 0)
        {
            return (null, "is missing: list the ISO 3166-1 alpha-2 codes of the countries whose mobile numbers may sign up for texts, e.g. GB, US, SG");
        }

        var supported = Phones.GetSupportedRegions();
        var unknown = codes.Where(c => !supported.Contains(c)).ToList();
        return unknown.Count > 0
            ? (null, $"names {string.Join(", ", unknown)}, which {(unknown.Count == 1 ? "is not a country code" : "are not country codes")} with a numbering plan (ISO 3166-1 alpha-2, e.g. GB)")
            : (codes, null);
    }

    /// <summary>
    /// The one allowed country whose numbers may be written as its people write them (<c>07400 123456</c> in GB), or
    /// null when several are allowed: a number without + could then be any of theirs, so it must start with + and the
    /// country code.
    /// </summary>
    public string? LocalCountry => allowed.Count == 1 ? allowed.First() : null;

    /// <summary>
    /// The reason given for a number without + when several countries are allowed (<see cref="LocalCountry"/> is
    /// null); it ends with the allowed codes so pages can name the countries.
    /// </summary>
    public const string NeedsCountryCodeReason = "has no country code; we text several countries, so start it with + and the country code; texts go only to numbers in";

    /// <summary>
    /// A mobile number of <paramref name="country"/> (ISO 3166-1 alpha-2), libphonenumber's example, in international
    /// form (<c>+44 7400 123456</c>) or with <paramref name="national"/> as written there (<c>07400 123456</c>); null when
    /// the country has none.
    /// </summary>
    public static string? ExampleOf(string country, bool national = false) =>
        Phones.GetExampleNumberForType(country, PhoneNumberType.MOBILE) is { } example
            ? Phones.Format(example, national ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL)
            : null;

    /// <summary>
    /// The number in E.164 form, or the reason it cannot sign up for texts. A number without + is read as a number of
    /// the <see cref="LocalCountry"/> (trunk prefix, spaces, dashes and parentheses as people write them: libphonenumber
    /// parses it with that default region); with several allowed countries it is refused with
    /// <see cref="NeedsCountryCodeReason"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public (string? E164, string? Reason) Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (typed, refused) = ContactValidation.Typed(text, ContactValidation.MaxTypedPhoneLength);
        if (typed is null)
        {
            return (null, refused);
        }

        text = ContactValidation.PhoneText(typed);
        var local = !text.TrimStart().StartsWith('+');
        if (local && LocalCountry is null)
        {
            return (null, $"{NeedsCountryCodeReason} {string.Join(", ", AllowedCountries)}");
        }

        var (e164, reason) = local ? ContactValidation.Phone(text, LocalCountry) : ContactValidation.Phone(text);
        if (e164 is null)
        {
            return (null, reason);
        }

        var number = Phones.Parse(e164, null);
        var type = Phones.GetNumberType(number);
        if (type is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
        {
            return (null, $"is {Describe(type)}, which cannot receive texts; give a mobile number");
        }

        var country = Phones.GetRegionCodeForNumber(number);
        return country is not null && allowed.Contains(country)
            ? (e164, null)
            : (null, $"is {(country is null or "001" ? "not in any country" : $"in {country}")}; texts go only to numbers in {string.Join(", ", AllowedCountries)}");
    }

    private static string Describe(PhoneNumberType type) => type switch
    {
        PhoneNumberType.FIXED_LINE => "a landline",
        PhoneNumberType.PREMIUM_RATE => "a premium-rate number",
        PhoneNumberType.TOLL_FREE => "a toll-free number",
        PhoneNumberType.SHARED_COST => "a shared-cost number",
        PhoneNumberType.VOIP => "a VoIP number",
        PhoneNumberType.PERSONAL_NUMBER => "a personal (forwarding) number",
        PhoneNumberType.PAGER => "a pager number",
        PhoneNumberType.UAN => "a company number (UAN)",
        PhoneNumberType.VOICEMAIL => "a voicemail number",
        _ => "a number of no known type",
    };
}
