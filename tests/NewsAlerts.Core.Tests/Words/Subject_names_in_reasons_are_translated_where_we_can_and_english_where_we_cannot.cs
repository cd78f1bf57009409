namespace NewsAlerts.Core.Tests.Words;

using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;
using NewsAlerts.Matching.Explanations;

/// <summary>
/// Issue 16: a French reader read "sujet : politics and government". The only IPTC media topic labels here are en-GB
/// (CC BY 4.0); the 17 top-level topics are translated by hand in the reason catalogs, every deeper one (1,084 labels,
/// not ours to invent) stays English and is reported so pages mark it <c>lang="en"</c>.
/// </summary>
public sealed class Subject_names_in_reasons_are_translated_where_we_can_and_english_where_we_cannot
{
    private const string Politics = "medtop:11000000";
    private const string DrugUseInSport = "medtop:20001104";

    [Theory]
    [InlineData("en", "politics and government")]
    [InlineData("fr", "politique et gouvernement")]
    [InlineData("de", "Politik und Regierung")]
    [InlineData("es", "política y gobierno")]
    [InlineData("it", "politica e governo")]
    [InlineData("pt", "política e governo")]
    [InlineData("nl", "politiek en overheid")]
    [InlineData("ar", "السياسة والحكومة")]
    public void A_top_level_subject_reads_in_the_readers_language(string language, string expected) =>
        Assert.Equal(expected, ReasonWords.SubjectName(Politics, language));

    public static TheoryData<string> Translated() => [.. TextLanguages.Offered.Where(l => l != "en")];

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_top_level_subject_has_its_own_words_in_every_language(string language)
    {
        var codes = Enumerable.Range(1, 17).Select(i => $"medtop:{i:00}000000").ToList();

        Assert.All(codes, c => Assert.NotEqual(c, ReasonWords.SubjectName(c, language)));
        Assert.Equal(17, codes.Select(c => ReasonWords.SubjectName(c, language)).Distinct(StringComparer.Ordinal).Count());
        // Words shared with English: "sport" (fr, it, nl), "religion" (fr), "Religion", "Sport" (de).
        string[] shared = ["sport", "religion", "Sport", "Religion"];
        var english = codes.Where(c => ReasonWords.SubjectName(c, language) == ReasonWords.SubjectName(c, "en") && !shared.Contains(ReasonWords.SubjectName(c, language))).ToList();
        Assert.True(english.Count == 0, $"{language} leaves English: {string.Join(", ", english)}");
    }

    [Fact]
    public void A_deeper_subject_stays_its_english_label_and_is_reported_as_english()
    {
        var reason = MatchReasonText.Write(new MatchReason([new ReasonPart(ArticleField.Subject, DrugUseInSport), new ReasonPart(ArticleField.Subject, Politics)], 0));

        Assert.Equal("sujet\u00a0: drug use in sport\u00a0; sujet\u00a0: politique et gouvernement", ReasonWords.Of(reason, "fr"));
        Assert.Equal(["drug use in sport"], ReasonWords.EnglishSubjects(reason, "fr"));
        Assert.Empty(ReasonWords.EnglishSubjects(reason, "en"));
    }

    [Fact]
    public void An_unknown_code_and_old_words_report_nothing_english()
    {
        var unknown = MatchReasonText.Write(new MatchReason([new ReasonPart(ArticleField.Subject, "medtop:99999999")], 0));

        Assert.Equal("medtop:99999999", ReasonWords.SubjectName("medtop:99999999", "fr"));
        Assert.Empty(ReasonWords.EnglishSubjects(unknown, "fr"));
        Assert.Empty(ReasonWords.EnglishSubjects("about politics and government", "fr"));
    }
}
