namespace NewsAlerts.Pages.Fields;

using System.Globalization;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// What the phone fields say about how to write a number, from the countries texted (<c>Sms:AllowedCountries</c>):
/// with one, a number as its people write it; with several, the + form, naming the countries.
/// </summary>
public static class PhoneHints
{
    // Country names that read with "the" in a sentence ("numbers in the United Kingdom").
    private static readonly string[] WithThe = ["Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Seychelles", "Comoros"];

    /// <summary>The hint under a phone field for these allowed countries (ISO 3166-1 alpha-2 codes).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="countries"/> is null.</exception>
    public static string For(IReadOnlyList<string> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        return countries.Count == 1
            ? string.Format(CultureInfo.CurrentCulture, PageStrings.PhoneHintOneCountry, Named(countries[0]), Ltr(TextablePhones.ExampleOf(countries[0], national: true) ?? ""))
            : NeedsCountryCode(countries) + ". " + PageStrings.PhoneHintUrgentOnly;
    }

    /// <summary>"We text numbers in the United Kingdom and Ireland; start with + and the country code, e.g. +44 7400 123456".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="countries"/> is null.</exception>
    public static string NeedsCountryCode(IReadOnlyList<string> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var example = countries.Select(c => TextablePhones.ExampleOf(c)).FirstOrDefault(e => e is not null) ?? "+44 7400 123456";
        return string.Format(CultureInfo.CurrentCulture, PageStrings.PhoneNeedsCountryCodeOf, List(countries.Select(Named).ToList()), Ltr(example));
    }

    // An example number is a left-to-right value inside the hint's sentence (isolated on an Arabic page: Core.Words.LtrText).
    private static string Ltr(string number) => Core.Words.LtrText.In(number, Languages.PageCulture.Language);

    /// <summary>
    /// The name of an ISO 3166-1 alpha-2 code in the page's language (<see cref="CultureInfo.CurrentUICulture"/>): GB is
    /// "United Kingdom" on an English page, "Royaume-Uni" on a French one, "المملكة المتحدة" on an Arabic one; the code
    /// itself when .NET knows no name. English names come from <see cref="RegionInfo.EnglishName"/>; other languages from
    /// ICU's CLDR data, read from the display name of the culture <c>en-{code}</c> ("anglais (Royaume-Uni)"), since
    /// <see cref="RegionInfo.DisplayName"/> is not localised on ICU.
    /// </summary>
    public static string CountryName(string code)
    {
        try
        {
            var name = new RegionInfo(code).EnglishName;
            if (string.IsNullOrEmpty(name))
            {
                return code;
            }

            return Languages.PageCulture.Language == "en" ? name : LocalName(code) ?? name;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    // "anglais (Royaume-Uni)" less the language's own name: the country's name in the current UI culture, or null.
    private static string? LocalName(string code)
    {
        try
        {
            var language = CultureInfo.GetCultureInfo("en").DisplayName + " (";
            var display = CultureInfo.GetCultureInfo("en-" + code.ToUpperInvariant()).DisplayName;
            return display.StartsWith(language, StringComparison.Ordinal) && display.EndsWith(')') && display.Length > language.Length + 1
                && !display.EndsWith($"({code.ToUpperInvariant()})", StringComparison.Ordinal)
                ? display[language.Length..^1]
                : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The countries of these codes as they read in a sentence: "the United Kingdom and Ireland".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    public static string Countries(IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return List([.. codes.Select(InSentence)]);
    }

    /// <summary>
    /// The name of an ISO 3166-1 alpha-2 code as it reads inside a sentence: "the United Kingdom", "Ireland" on an English
    /// page; other languages get the country's own name in that language (<see cref="CountryName"/>) and their catalog
    /// sentences are written to take a name without an article ("pays desservis : Royaume-Uni").
    /// </summary>
    public static string InSentence(string code) => Named(code);

    private static string Named(string code)
    {
        var name = CountryName(code);
        return Languages.PageCulture.Language == "en" && (name.StartsWith("United ", StringComparison.Ordinal) || name.EndsWith(" Islands", StringComparison.Ordinal)
            || name.EndsWith(" Republic", StringComparison.Ordinal) || WithThe.Contains(name, StringComparer.Ordinal))
            ? "the " + name
            : name;
    }

    private static string List(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(PageStrings.ListComma, names.Take(names.Count - 1)) + PageStrings.ListAnd + names[^1];
}
