using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Tests.Explanations;

/// <summary>
/// Trial finding #9 (issue 16): the history, the alert's reason and the editor's preview said <c>treve</c> where the
/// topic and the story say <c>trêve</c>. A reason quotes the topic's words as its subscriber wrote them, in every script,
/// never the matcher's folded key (<see cref="TopicWords.WrittenAs(string?, string)"/>).
/// </summary>
public sealed class A_reason_quotes_the_topic_as_the_subscriber_wrote_it
{
    [Theory]
    [InlineData("trêve", "treve", "trêve")]
    [InlineData("Trêve", "treve", "Trêve")]
    [InlineData("Gaza", "gaza", "Gaza")]
    [InlineData("Zürich", "zurich", "Zürich")]
    [InlineData("Αθήνα", "αθηνα", "Αθήνα")]
    [InlineData("غَزَّة", "غزة", "غَزَّة")]
    [InlineData("Ñandú", "nandu", "Ñandú")]
    [InlineData("Київ", "киів", "Київ")]
    public void A_word_is_quoted_as_written_in_any_script(string topic, string key, string written)
    {
        var term = Assert.Single(TermsOf(topic));
        Assert.Equal(key, term);

        Assert.Equal(written, TopicWords.WrittenAs(topic, term));
    }

    [Theory]
    [InlineData("Syrie AND (trêve OR \"cessez-le-feu\")", "Syrie", "trêve", "cessez-le-feu")]
    [InlineData("=Zürich NEAR/3 Genève", "Zürich", "Genève")]
    [InlineData("headline:Trêve body:\"Trêve   de Noël\"", "Trêve", "Trêve de Noël")]
    [InlineData("Cessez* -Football", "Cessez*", "Football")]
    [InlineData("NATO Türkiye", "NATO", "Türkiye")]
    public void Every_word_of_a_query_is_quoted_as_written_without_its_operators(string topic, params string[] written)
    {
        Assert.Equal(written, TermsOf(topic).Select(term => TopicWords.WrittenAs(topic, term)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("(unclosed")]
    [InlineData("ceasefire")]
    public void Without_the_word_in_the_topic_the_key_is_kept(string? topic)
    {
        Assert.Equal("treve", TopicWords.WrittenAs(topic, "treve"));
    }

    [Fact]
    public void The_reason_of_a_match_quotes_the_topic_and_the_story_as_they_are_written()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "u1", "Trêve", Language: "fr"));
        var article = new ArticleDocument("t1", "La trêve tient à Gaza", "Les deux camps respectent la trêve.", Language: "fr");

        var explanation = Assert.Single(index.Match(article)).Explanation;
        var reason = MatchReason.Of(explanation, article, "Trêve");

        Assert.All(reason.Parts, p => Assert.Equal("Trêve", p.Term));
        Assert.Contains("trêve", reason.Parts[0].Value, StringComparison.Ordinal);
        Assert.All(MatchReason.Of(explanation, article).Parts, p => Assert.Equal("treve", p.Term));
    }

    [Fact]
    public void A_name_the_topic_matched_through_is_not_repeated_when_it_is_the_word_as_written()
    {
        var hit = new TermHit("zurich", "Zürich", "Zürich", ArticleField.Headline, 0, 0);

        var part = MatchReason.PartOf(hit, new ArticleDocument("t", "Zürich votes", string.Empty), "Zürich");

        Assert.Equal("Zürich", part.Term);
        Assert.Null(part.Via);
    }

    // The matcher's keys of the topic's words: the query text each clause carries into its hits (TermHit.QueryTerm).
    private static IEnumerable<string> TermsOf(string topic)
    {
        var nodes = new List<(QueryNode Node, string Written)>();
        Assert.NotNull(new QueryParser(topic) { Written = nodes }.ParseTopic().Root);
        return nodes.Select(n => n.Node.ToString());
    }
}
