namespace NewsAlerts.Infrastructure.Tests.Texts;

using System.Globalization;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;

/// <summary>
/// The typography every string a person reads keeps in its language: one apostrophe (’, never the typewriter ');
/// the language's own quotation marks only (never a straight "); in French a no-break space (U+00A0 or U+202F)
/// before ; : ! ? » and after «; no double spaces; no space at the end of a line (a fragment joined to other text
/// keeps its edge spaces); and the neutral string's placeholders, each as often as there.
/// </summary>
public static partial class Typography
{
    /// <summary>
    /// The quotation marks each language writes: those its page catalog quotes with (<see cref="PageStrings.QuoteOpen"/>,
    /// <see cref="PageStrings.QuoteClose"/>: CLDR's delimiters, e.g. “…” in English and Spanish, «…» in French, „…“ in
    /// German, ‘…’ in Dutch, ”…“ in Arabic), for every language offered.
    /// </summary>
    public static IReadOnlyDictionary<string, string> QuotationMarks { get; } = TextLanguages.Offered.ToDictionary(
        language => language,
        language =>
        {
            var culture = language == TextLanguages.Default ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
            return (PageStrings.Catalog.GetString(nameof(PageStrings.QuoteOpen), culture) + PageStrings.Catalog.GetString(nameof(PageStrings.QuoteClose), culture)).Trim();
        },
        StringComparer.Ordinal);

    private const string AnyQuotationMark = "\"“”„«»‘‚‹›";

    /// <summary>Each rule <paramref name="text"/> breaks, in words; empty when it keeps them all.</summary>
    /// <param name="language">The two-letter language the text is in (a key of <see cref="QuotationMarks"/>).</param>
    /// <param name="text">The string as a person reads it (placeholders unfilled).</param>
    /// <param name="neutral">The neutral (English) string of the same key; its placeholders are the ones to keep.</param>
    /// <param name="fragment">True for a piece joined to other text (a separator, a prefix), whose edge spaces belong to it.</param>
    /// <param name="countMayBeWords">True for a plural form that may say its count in words: it may leave out a placeholder.</param>
    public static IReadOnlyList<string> Faults(string language, string text, string neutral, bool fragment, bool countMayBeWords = false)
    {
        var faults = new List<string>();
        if (text.Contains('\''))
        {
            faults.Add("a straight apostrophe (') where the language writes ’");
        }

        var own = QuotationMarks[language];
        var foreign = text.Where(c => AnyQuotationMark.Contains(c) && !own.Contains(c)).Distinct().ToList();
        if (foreign.Count > 0)
        {
            faults.Add($"quotation marks {string.Concat(foreign)} where the language writes {own}");
        }

        if (language == "fr")
        {
            faults.AddRange(FrenchSpaceMissing().Matches(text).Select(m => $"no no-break space before “{m.Groups["mark"].Value}” (…{Around(text, m.Index)}…)"));
            faults.AddRange(FrenchSpaceAfterOpening().Matches(text).Select(m => $"no no-break space after « (…{Around(text, m.Index)}…)"));
        }

        if (DoubleSpace().IsMatch(text))
        {
            faults.Add("two spaces in a row");
        }

        if (!fragment && (text.Length > 0 && char.IsWhiteSpace(text[^1]) || SpaceBeforeLineEnd().IsMatch(text)))
        {
            faults.Add("a space at the end of a line");
        }

        var expected = Placeholders(neutral);
        var found = Placeholders(text);
        if (countMayBeWords ? found.Except(expected).Any() : !expected.SequenceEqual(found))
        {
            faults.Add($"placeholders {string.Join(' ', found)} where the neutral string has {string.Join(' ', expected)}");
        }

        return faults;
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 8), Math.Min(text.Length, index + 8) - Math.Max(0, index - 8));

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(?:,-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    // A colon glued to what follows ("07:30", "urgency:3") or closing a quoted token ("« urgency: »") is syntax, not punctuation.
    [GeneratedRegex(@"(?<![\u00a0\u202f])(?<mark>[;!?»]|:(?=\s|$)(?![\u00a0\u202f]»))")]
    private static partial Regex FrenchSpaceMissing();

    [GeneratedRegex(@"«(?![\u00a0\u202f])")]
    private static partial Regex FrenchSpaceAfterOpening();

    [GeneratedRegex(@"[ \u00a0\u202f]{2,}")]
    private static partial Regex DoubleSpace();

    [GeneratedRegex(@"[ \t\u00a0\u202f]\r?\n")]
    private static partial Regex SpaceBeforeLineEnd();
}
