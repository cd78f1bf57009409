namespace NewsAlerts.Core.Tests.Texts;

using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Texts;

public sealed partial class Every_language_has_every_text_with_the_same_placeholders
{
    public static TheoryData<string> OtherLanguages() => [.. TextLanguages.Offered.Where(l => l != TextLanguages.Default)];

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Each_language_has_each_key_of_the_English_catalog_translated_with_its_placeholders(string language)
    {
        var english = Entries(SmsTexts.Catalog, CultureInfo.InvariantCulture);
        var translated = Entries(SmsTexts.Catalog, CultureInfo.GetCultureInfo(language));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.True(Placeholders(text).SetEquals(Placeholders(translated[key])), $"{language}/{key}: placeholders differ from English");
            Assert.NotEqual(text, translated[key]);
            Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{language}/{key} is empty");
        }
    }

    [Fact]
    public void Every_offered_language_is_a_culture_and_only_Arabic_is_written_right_to_left()
    {
        foreach (var language in TextLanguages.Offered)
        {
            Assert.Equal(language, TextLanguages.CultureOf(language).TwoLetterISOLanguageName);
            Assert.Equal(language == "ar", TextLanguages.IsRightToLeft(language));
        }
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("fr-CA", "fr")]
    [InlineData("PT_br", "pt")]
    [InlineData(" ar ", "ar")]
    [InlineData("tr", "en")]
    [InlineData("x-klingon", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void A_language_tag_picks_an_offered_language_by_its_primary_subtag_else_English(string? tag, string expected) =>
        Assert.Equal(expected, TextLanguages.Of(tag));

    private static Dictionary<string, string> Entries(ResourceManager catalog, CultureInfo culture)
    {
        var set = catalog.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.True(set is not null, $"no catalog for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
