namespace NewsAlerts.Core.Tests.Words;

using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;
using NewsAlerts.Matching.Explanations;

/// <summary>
/// Issue 16: "why you got this" was worded in English at planning time and shown in English to every subscriber. A
/// reason now travels as values (<see cref="MatchReasonText"/>) and is worded in the reader's language when shown.
/// </summary>
public sealed partial class A_reason_reads_in_the_readers_language
{
    /// <summary>Every shape a reason part takes, with values that are no language's words (so English in the output comes from a template).</summary>
    public static IReadOnlyList<ReasonPart> Shapes { get; } =
    [
        new(ArticleField.Headline, "…Qzx vrk qzx…", "qzx"),
        new(ArticleField.Headline, "…Qzx vrk qzx…", "qzx", "vrk"),
        new(ArticleField.Body, "…Qzx vrk qzx…", "qzx"),
        new(ArticleField.Body, "…Qzx vrk qzx…", "qzx", "vrk"),
        new(ArticleField.Source, "Zeta Wire"),
        new(ArticleField.Subject, "medtop:99999999"),
        new(ArticleField.Language, "fr"),
        new(ArticleField.Language, "ar"),
        new(ArticleField.Language, "tr"),
        new(ArticleField.Urgency, "1"),
    ];

    public static TheoryData<string, int, int> EveryShapeInEveryLanguage()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var language in TextLanguages.Offered.Where(l => l != TextLanguages.Default))
        {
            for (var shape = 0; shape < Shapes.Count; shape++)
            {
                foreach (var more in new[] { 0, 1, 2, 3, 11, 100 })
                {
                    data.Add(language, shape, more);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryShapeInEveryLanguage))]
    public void No_English_template_word_is_left_in_any_shape_in_any_language(string language, int shape, int more)
    {
        var stored = MatchReasonText.Write(new MatchReason([Shapes[shape], Shapes[(shape + 1) % Shapes.Count]], more));

        var said = ReasonWords.Of(stored, language);

        Assert.Empty(EnglishIn(said));
        Assert.DoesNotContain("(as ", said, StringComparison.Ordinal);
        Assert.DoesNotMatch(Placeholder(), said);
        Assert.NotEqual(ReasonWords.Of(stored, "en"), said);
        Assert.DoesNotContain('\n', said);
        Assert.DoesNotContain('\t', said);
    }

    [Theory]
    [InlineData("fr", "«\u00a0trêve\u00a0» dans le titre\u00a0: «\u00a0…accord de trêve à Gaza\u00a0»\u00a0; source\u00a0: Le Quotidien\u00a0; et 2 autres")]
    [InlineData("ar", "”هدنة“ في العنوان: ”…اتفاق هدنة في غزة“؛ المصدر: الصحيفة؛ وتطابقان آخران")]
    [InlineData("de", "„Waffenruhe“ (als „Feuerpause“) in der Überschrift: „…Feuerpause in Gaza“; von Die Zeitung; und 2 weitere Treffer")]
    [InlineData("en", "“truce” (as “ceasefire”) in the headline: “…ceasefire in Gaza”; from The Daily; and 2 more")]
    public void A_reason_is_worded_in_the_language_with_its_quotation_marks_and_plural(string language, string expected)
    {
        var (term, via, quote, source) = language switch
        {
            "fr" => ("trêve", (string?)null, "…accord de trêve à Gaza", "Le Quotidien"),
            "ar" => ("هدنة", null, "…اتفاق هدنة في غزة", "الصحيفة"),
            "de" => ("Waffenruhe", "Feuerpause", "…Feuerpause in Gaza", "Die Zeitung"),
            _ => ("truce", "ceasefire", "…ceasefire in Gaza", "The Daily"),
        };
        var stored = MatchReasonText.Write(new MatchReason([new(ArticleField.Headline, quote, term, via), new(ArticleField.Source, source)], 2));

        Assert.Equal(expected, ReasonWords.Of(stored, language));
    }

    [Theory]
    [InlineData("fr", 1, "et 1 autre")]
    [InlineData("fr", 5, "et 5 autres")]
    [InlineData("ar", 1, "وتطابق آخر")]
    [InlineData("ar", 2, "وتطابقان آخران")]
    [InlineData("ar", 3, "و3 تطابقات أخرى")]
    [InlineData("ar", 11, "و11 تطابقًا آخر")]
    [InlineData("ar", 100, "و100 تطابق آخر")]
    [InlineData("de", 1, "und 1 weiterer Treffer")]
    [InlineData("de", 4, "und 4 weitere Treffer")]
    [InlineData("en", 1, "and 1 more")]
    public void Further_hits_are_counted_in_the_languages_plural_form(string language, int more, string expected) =>
        Assert.EndsWith(expected, ReasonWords.Of(MatchReasonText.Write(new MatchReason([new(ArticleField.Source, "X")], more)), language), StringComparison.Ordinal);

    [Theory]
    [InlineData("\"truce\" in the headline: \"Truce holds\"")]
    [InlineData("from Reuters")]
    [InlineData("matched truce")]
    public void A_reason_stored_in_English_words_before_still_reads_as_it_was(string old)
    {
        Assert.Equal(old, ReasonWords.Of(old, "fr"));
        Assert.Equal(old, ReasonWords.Of(old, "ar"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_reason_reads_as_nothing(string? reason) => Assert.Equal(string.Empty, ReasonWords.Of(reason, "fr"));

    [Theory]
    [InlineData("fr", "rédigé en français")]
    [InlineData("ar", "مكتوب باللغة الفرنسية")]
    [InlineData("en", "written in French")]
    public void An_article_language_is_named_in_the_readers_language(string language, string expected) =>
        Assert.Equal(expected, ReasonWords.Of(MatchReasonText.Write(new MatchReason([new(ArticleField.Language, "fr-CA")], 0)), language));

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Each_language_has_each_key_of_the_English_reason_catalog_with_its_placeholders(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(CultureInfo.GetCultureInfo(language));

        foreach (var (key, text) in english)
        {
            Assert.True(translated.ContainsKey(key), $"{language}/{key} is missing");
            Assert.True(Placeholders(text).IsSupersetOf(Placeholders(translated[key])), $"{language}/{key}: a placeholder English lacks");
            Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{language}/{key} is empty");
        }

        // Every plural category the language uses has its own form (PluralCategory).
        foreach (var count in new long[] { 0, 1, 2, 3, 11, 100 })
        {
            var category = PluralCategory.Of(count, language);
            Assert.True(category == "other" || translated.ContainsKey($"More_{category}"), $"{language}: More_{category}");
        }
    }

    public static TheoryData<string> OtherLanguages() => [.. TextLanguages.Offered.Where(l => l != TextLanguages.Default)];

    // English words of the catalog's templates, as whole words: what no other language's reason may hold.
    private static IReadOnlyList<string> EnglishIn(string said) =>
        [.. Entries(CultureInfo.InvariantCulture).Values
            .SelectMany(v => Placeholder().Split(v))
            .SelectMany(f => Word().Matches(f).Select(m => m.Value))
            .Where(w => w.Length >= 3) // "in", "is" and "as" are German, Dutch or Italian words too
            .Distinct(StringComparer.Ordinal)
            .Where(w => Regex.IsMatch(said, $@"(?<!\p{{L}}){Regex.Escape(w)}(?!\p{{L}})"))];

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = ReasonTexts.Catalog.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.True(set is not null, $"no reason catalog for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>
    /// Found at review: a correction's or withdrawal's recipients are recorded with the reason "you were sent this story
    /// earlier" (FollowUpPlanner), which stayed English in French and Arabic follow-up emails and in the history.
    /// </summary>
    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void A_follow_ups_reason_reads_in_the_readers_language(string language)
    {
        var words = ReasonWords.Of(NewsAlerts.Core.FollowUps.FollowUpPlanner.Reason, language);
        Assert.False(string.IsNullOrWhiteSpace(words));
        Assert.NotEqual(NewsAlerts.Core.FollowUps.FollowUpPlanner.Reason, words);
        Assert.Equal(NewsAlerts.Core.FollowUps.FollowUpPlanner.Reason, ReasonWords.Of(NewsAlerts.Core.FollowUps.FollowUpPlanner.Reason, "en"));
    }

    [Fact]
    public void A_follow_ups_reason_reads_in_french() =>
        Assert.Equal("cet article vous a été envoyé plus tôt", ReasonWords.Of(NewsAlerts.Core.FollowUps.FollowUpPlanner.Reason, "fr"));

    public static TheoryData<string> TranslatedLanguages => [.. TextLanguages.Offered.Where(l => l != TextLanguages.Default)];
}
