namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using Xunit.Abstractions;

public sealed partial class Every_catalog_keeps_the_placeholders_and_says_what_is_untranslated(ITestOutputHelper output)
{
    // Languages whose catalog must be complete (issue 16: fr and ar; de, es, it, pt and nl were completed too, so they
    // are held to it as well); a language added later falls back to English key by key until translated.
    private static readonly string[] Complete = ["fr", "ar", "de", "es", "it", "pt", "nl"];

    // Translations that are rightly the same words as the English (a word both languages share; ReadLanguageName is
    // only "{0} ({1})", the language's name in the page's language and in its own; TopicNoteSeparator is ": " in every
    // language but French, which puts a no-break space before the colon).
    private static readonly Dictionary<string, string[]> SameAsEnglish = new(StringComparer.Ordinal)
    {
        ["fr"] = ["ListComma", "PauseLegend", "ZoneRegionEurope", "ReadLanguageName"],
        ["ar"] = ["ErrorSummaryLine", "ReadLanguageName", "TopicNoteSeparator"],
        ["de"] = ["Optional", "ErrorSummaryLine", "ListComma", "ReadLanguageName", "TopicNoteSeparator"],
        // Spanish quotes as English does in CLDR 48 (“…”: quotationStart/quotationEnd of es).
        ["es"] = ["ErrorTitlePrefix", "ZoneRegionAsia", "ZoneRegionAustralia", "ErrorSummaryLine", "ListComma", "ReadLanguageName", "QuoteOpen", "QuoteClose", "TopicNoteSeparator"],
        ["it"] = ["ZoneRegionAfrica", "ZoneRegionAsia", "ZoneRegionAustralia", "ErrorSummaryLine", "ListComma", "ReadLanguageName", "TopicNoteSeparator"],
        ["pt"] = ["ErrorSummaryLine", "ListComma", "ReadLanguageName", "TopicNoteSeparator"],
        ["nl"] = ["PauseWeek", "ZoneRegionAntarctica", "ErrorSummaryLine", "ListComma", "ReadLanguageName", "TopicNoteSeparator"],
    };

    public static TheoryData<string> Translated => [.. TextLanguages.Offered.Where(l => l != TextLanguages.Default)];

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_translation_has_the_placeholders_of_its_english_value(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture)!;
        var translated = Entries(CultureInfo.GetCultureInfo(language)) ?? [];
        var wrong = translated
            .Where(t => english.ContainsKey(t.Key) && !Placeholders(t.Value).SetEquals(Placeholders(english[t.Key])))
            .Select(t => $"{t.Key}: \"{t.Value}\" has {{{string.Join("}{", Placeholders(t.Value))}}}, English {{{string.Join("}{", Placeholders(english[t.Key]))}}}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Empty(translated.Keys.Except(english.Keys));
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void The_untranslated_keys_of_each_language_are_listed_and_none_in_french_or_arabic(string language)
    {
        var untranslated = Untranslated(language);
        output.WriteLine($"{language}: {untranslated.Count} untranslated{(untranslated.Count == 0 ? string.Empty : ": " + string.Join(", ", untranslated))}");
        if (Complete.Contains(language))
        {
            Assert.Empty(untranslated);
        }
    }

    [Fact]
    public void A_key_missing_from_a_catalog_or_left_in_english_counts_as_untranslated()
    {
        // The check itself: a language with no catalog at all has every key untranslated.
        Assert.Equal(Entries(CultureInfo.InvariantCulture)!.Count, Untranslated("sv").Count);
        Assert.Contains("{0}", Placeholders("a {0} b {1:N0} c {1}").Select(p => $"{{{p}}}"));
        Assert.Equal(["0", "1"], Placeholders("a {0} b {1:N0} c {1}").Order());
    }

    // Keys the language's own catalog lacks (resx falls back to English for them) or gives in the English words.
    private static List<string> Untranslated(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture)!;
        var translated = Entries(CultureInfo.GetCultureInfo(language)) ?? [];
        var same = SameAsEnglish.GetValueOrDefault(language) ?? [];
        return [.. english.Keys.Where(k => !translated.TryGetValue(k, out var value) || (value == english[k] && !same.Contains(k))).Order(StringComparer.Ordinal)];
    }

    // One catalog's own entries, without fallback; null when the language has none.
    private static Dictionary<string, string>? Entries(CultureInfo culture)
    {
        var set = PageStrings.Catalog.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set?.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Groups["index"].Value)];

    [GeneratedRegex(@"\{(?<index>\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
