using System.Text.RegularExpressions;
using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Explanations;

/// <summary>Why an article matched reads for people: the matched words quoted in their context, metadata in words; no positions or codes.</summary>
public sealed partial class MatchWordsTests
{
    private static string Words(string topic, ArticleDocument document)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic));
        Assert.True(parsed.Success, parsed.Error);
        return MatchWords.Of(Assert.Single(index.Match(document)).Explanation, document);
    }

    [Theory]
    [InlineData("syria", "Syria talks resume", "", "\"syria\" in the headline: \"Syria talks resume\"")]
    [InlineData("ceasefire", "Truce holds", "", "\"ceasefire\" (as \"truce\") in the headline: \"Truce holds\"")]
    [InlineData("ceasefire", "Talks", "After long months the rebels agree to a cease-fire on Monday in the north of the country",
        "\"ceasefire\" in the story: \"…rebels agree to a cease-fire on Monday in the…\"")]
    [InlineData("\"peace talks\"", "Talks", "Peace   talks\nbegan",
        "\"\"peace talks\"\" in the story: \"Peace talks began\"")]
    public void Words_are_quoted_with_the_article_text_around_them(string topic, string headline, string body, string expected) =>
        Assert.Equal(expected, Words(topic, new ArticleDocument("a1", headline, body)));

    [Theory]
    [InlineData("syria AND source:Reuters", "from Reuters")]
    [InlineData("syria AND lang:en", "written in English")]
    [InlineData("syria AND urgency:<=2", "urgency 1 (1 is the most urgent)")]
    public void Metadata_reads_as_a_sentence(string topic, string expected) =>
        Assert.Contains(expected, Words(topic, new ArticleDocument("a1", "Syria", "Body", "Reuters", "en", [], 1)), StringComparison.Ordinal);

    [Fact]
    public void A_subject_is_named_by_its_label_not_its_code()
    {
        var said = Words("syria AND subject:medtop:16000000", new ArticleDocument("a1", "Syria", "Body", Subjects: ["medtop:16000000"]));
        Assert.Contains("; about ", said, StringComparison.Ordinal);
        Assert.DoesNotContain("medtop", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("syria")]
    [InlineData("ceasefire AND talks")]
    [InlineData("\"peace talks\" OR syria")]
    [InlineData("source:Reuters AND syria AND urgency:<=5 AND lang:en")]
    [InlineData("subject:medtop:16000000 AND syria")]
    public void No_explanation_for_people_names_a_position_a_code_or_a_field_name(string topic)
    {
        var document = new ArticleDocument("a1", "Syria ceasefire talks", "Officials said the peace talks in Syria would resume after the ceasefire.",
            "Reuters", "en", ["medtop:16000000"], 3);
        var said = Words(topic, document);
        Assert.DoesNotMatch(RawWords(), said);
    }

    [Fact]
    public void A_long_word_beside_the_match_is_left_out_and_hits_past_the_third_are_counted()
    {
        var url = "https://example.com/" + new string('x', 80);
        Assert.Equal("\"syria\" in the story: \"…Syria talks…\"", Words("syria", new ArticleDocument("a1", "Headline", $"See {url} Syria talks {url} end")));

        var said = Words("aleppo AND homs AND idlib AND hama AND deraa", new ArticleDocument("a1", "Aleppo Homs Idlib Hama Deraa", ""));
        Assert.EndsWith("; and 2 more", said, StringComparison.Ordinal);
        Assert.Equal(3, said.Split("in the headline").Length - 1);
    }

    [Fact]
    public void A_hit_whose_text_is_not_at_its_offset_quotes_the_matched_words_alone()
    {
        var hit = new TermHit("syria", "Syria", null, ArticleField.Body, 3, 500);
        Assert.Equal("Syria", MatchWords.InContext("Short body", hit));
    }

    // "at word 6", "medtop:", "in the body", a field or enum name as code would write it.
    [GeneratedRegex(@"at word \d|medtop:|in the body|in the (subject|language|urgency|source)\b|\b(Headline|Body|Subject|Urgency)\b")]
    private static partial Regex RawWords();
}
