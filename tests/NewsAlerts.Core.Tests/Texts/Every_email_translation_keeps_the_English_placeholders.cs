namespace NewsAlerts.Core.Tests.Texts;

using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Texts;

public sealed partial class Every_email_translation_keeps_the_English_placeholders
{
    public static TheoryData<string> OtherLanguages() => [.. TextLanguages.Offered.Where(l => l != TextLanguages.Default)];

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Each_translated_text_has_the_placeholders_of_its_English_text(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture)!;
        var translated = Entries(CultureInfo.GetCultureInfo(language));
        Assert.True(translated is not null, $"no email catalog for '{language}'");

        foreach (var (key, text) in translated)
        {
            // A plural form only English lacks (Arabic's two, few, many) answers to the English "other" form.
            var original = english.GetValueOrDefault(key) ?? english.GetValueOrDefault(Stem(key) + "_other");
            Assert.True(original is not null, $"{language}/{key} is not a key of the English catalog");
            var expected = Indices(original!);
            var actual = Indices(text);

            // "one" and "two" may say the number in words ("يوم واحد", "يومان") instead of {0}.
            if (key.EndsWith("_one", StringComparison.Ordinal) || key.EndsWith("_two", StringComparison.Ordinal) || key.EndsWith("_zero", StringComparison.Ordinal))
            {
                expected.Remove(0);
                actual.Remove(0);
            }

            Assert.True(expected.SetEquals(actual), $"{language}/{key}: placeholders {string.Join(",", actual)} differ from English {string.Join(",", expected)}");
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language}/{key} is empty");
        }

        // Complete: a key a language lacked would fall back to English by the resource rules, mid-email.
        Assert.Empty(english.Keys.Except(translated.Keys, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_key_the_code_asks_for_is_in_the_English_catalog_and_every_English_key_is_asked_for()
    {
        var english = Entries(CultureInfo.InvariantCulture)!;
        var stems = english.Keys.Select(Stem).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Enum.GetNames<EmailText>().Order(StringComparer.Ordinal), stems.Order(StringComparer.Ordinal));
        Assert.All(english.Keys.Where(k => k.Contains('_', StringComparison.Ordinal)), k => Assert.Contains(Stem(k) + "_other", english.Keys));
    }

    [Fact]
    public void Every_translation_formats_with_sample_values()
    {
        foreach (var language in TextLanguages.Offered)
        {
            foreach (var key in Enum.GetValues<EmailText>())
            {
                var text = key is EmailText.Days or EmailText.Hours or EmailText.Minutes or EmailText.DigestSubject or EmailText.DigestMore
                    ? EmailTexts.Count(key, 3, language)
                    : EmailTexts.Of(key, language, new DateTime(2026, 12, 1, 14, 5, 0, DateTimeKind.Unspecified), "b", "c");
                Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            }
        }
    }

    private static string Stem(string key) => key.Split('_')[0];

    private static Dictionary<string, string>? Entries(CultureInfo culture) =>
        EmailTexts.Catalog.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static HashSet<int> Indices(string text) =>
        [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
