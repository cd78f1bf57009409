namespace NewsAlerts.Core.Tests.Words;

using System.Text.RegularExpressions;
using NewsAlerts.Core.Words;
using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Index;

/// <summary>
/// A match's reason in English, as subscribers read it (<see cref="ReasonWords"/> over the <c>ReasonTexts</c> catalog):
/// the topic's words quoted with the article's own words around them, metadata as a sentence, no positions or codes.
/// A reason kept as text (<see cref="MatchReasonText"/>) and worded when shown reads the same with no language as in
/// English, and these are the words planning wrote before reasons were values, so English subscribers see no change.
/// (Matching's own English wording, <c>MatchWords.Of</c>, was a near-copy of this catalog and is gone.)
/// </summary>
public sealed partial class An_English_reason_quotes_the_article_and_names_metadata_in_words
{
    [Theory]
    [InlineData("syria", "Syria talks resume", "", "“syria” in the headline: “Syria talks resume”")]
    [InlineData("ceasefire", "Truce holds", "", "“ceasefire” (as “truce”) in the headline: “Truce holds”")]
    [InlineData("ceasefire", "Talks", "After long months the rebels agree to a cease-fire on Monday in the north of the country",
        "“ceasefire” in the story: “…rebels agree to a cease-fire on Monday in the…”")]
    [InlineData("\"peace talks\"", "Talks", "Peace   talks\nbegan", "“\"peace talks\"” in the story: “Peace talks began”")]
    public void Words_are_quoted_with_the_article_text_around_them(string topic, string headline, string body, string expected) =>
        Assert.Equal(expected, English(topic, new ArticleDocument("a1", headline, body)));

    [Theory]
    [InlineData("syria AND source:Reuters", "from Reuters")]
    [InlineData("syria AND lang:en", "written in English")]
    [InlineData("syria AND urgency:<=2", "urgency 1 (1 is the most urgent)")]
    public void Metadata_reads_as_a_sentence(string topic, string expected) =>
        Assert.Contains(expected, English(topic, new ArticleDocument("a1", "Syria", "Body", "Reuters", "en", [], 1)), StringComparison.Ordinal);

    [Fact]
    public void A_subject_is_named_by_its_label_not_its_code()
    {
        var said = English("syria AND subject:medtop:16000000", new ArticleDocument("a1", "Syria", "Body", Subjects: ["medtop:16000000"]));

        Assert.Contains("; about conflict, war and peace", said, StringComparison.Ordinal);
        Assert.DoesNotContain("medtop", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("syria")]
    [InlineData("ceasefire AND talks")]
    [InlineData("\"peace talks\" OR syria")]
    [InlineData("source:Reuters AND syria AND urgency:<=5 AND lang:en")]
    [InlineData("subject:medtop:16000000 AND syria")]
    public void No_reason_names_a_position_a_code_or_a_field_name(string topic)
    {
        var document = new ArticleDocument("a1", "Syria ceasefire talks", "Officials said the peace talks in Syria would resume after the ceasefire.",
            "Reuters", "en", ["medtop:16000000"], 3);

        Assert.DoesNotMatch(RawWords(), English(topic, document));
    }

    [Fact]
    public void A_long_word_beside_the_match_is_left_out_and_hits_past_the_third_are_counted()
    {
        var url = "https://example.com/" + new string('x', 80);
        Assert.Equal("“syria” in the story: “…Syria talks…”", English("syria", new ArticleDocument("a1", "Headline", $"See {url} Syria talks {url} end")));

        var said = English("aleppo AND homs AND idlib AND hama AND deraa", new ArticleDocument("a1", "Aleppo Homs Idlib Hama Deraa", ""));

        Assert.EndsWith("; and 2 more", said, StringComparison.Ordinal);
        Assert.Equal(3, said.Split("in the headline").Length - 1);
    }

    [Fact]
    public void A_reason_with_many_long_hits_is_capped_with_an_ellipsis()
    {
        var body = string.Concat(Enumerable.Repeat("Officials in Damascus said the ceasefire talks with the opposition would resume on Monday after the truce. ", 6));

        var said = English("ceasefire OR truce OR talks OR officials OR damascus", new ArticleDocument("a1", "Syria ceasefire talks resume in Damascus with officials", body));

        Assert.True(said.Length <= MatchWords.MaxLength, said);
        Assert.EndsWith(CappedText.Ellipsis, said, StringComparison.Ordinal);
    }

    // The reason as planning keeps it (text on the queue and in the history) and as an English reader is shown it; the
    // same words with no language asked for.
    private static string English(string topic, ArticleDocument document)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic));
        Assert.True(parsed.Success, parsed.Error);
        var stored = MatchReasonText.Write(MatchReason.Of(Assert.Single(index.Match(document)).Explanation, document));
        var english = ReasonWords.Of(stored, "en");
        Assert.Equal(english, ReasonWords.Of(stored, null));
        return english;
    }

    // "at word 6", "medtop:", "in the body", a field or enum name as code would write it.
    [GeneratedRegex(@"at word \d|medtop:|in the body|in the (subject|language|urgency|source)\b|\b(Headline|Body|Subject|Urgency)\b")]
    private static partial Regex RawWords();
}
