using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Tests.Explanations;

/// <summary>
/// A reason parses the subscriber's topic once (<see cref="TopicWords.Of"/>) and looks each hit's word up in it, instead
/// of parsing the topic again for every hit (session 44: the pipeline's explanation step). The words it quotes are the
/// same as when each term was looked up on its own (<see cref="TopicWords.WrittenAs(string?, string)"/>): repeated
/// words keep their first spelling, phrases their words on one line, every script its own letters.
/// </summary>
public sealed class A_reason_reads_its_topic_once_for_all_its_words
{
    public static TheoryData<string> Topics() =>
    [
        "Trêve OR trêve OR TRÊVE",
        "Syria syria SYRIA",
        "Gaza AND (gaza OR GAZA)",
        "\"Trêve de Noël\" OR \"trêve   de noël\"",
        "\"cessez-le-feu\" AND Cessez-le-feu",
        "Syrie AND NOT Irak",
        "Syrie -Irak -irak",
        "Syrie AND (trêve OR \"cessez-le-feu\") AND NOT football",
        "=Zürich NEAR/3 Genève OR zurich",
        "headline:Trêve body:\"Trêve de Noël\" trêve",
        "Cessez* OR cessez*",
        "source:Reuters Zürich",
        "東京 OR 快乐 OR 東京",
        "新年快乐",
        "غَزَّة AND (غزة OR القدس)",
        "Αθήνα OR αθήνα OR ΑΘΗΝΑ",
        "Київ OR Киев",
        "Ñandú NOT ñandu",
        "O'Brien OR o'brien",
    ];

    [Theory]
    [MemberData(nameof(Topics))]
    public void Each_word_reads_as_it_did_when_the_topic_was_parsed_per_word(string topic)
    {
        var words = TopicWords.Of(topic);
        var terms = TermsOf(topic).Concat(["not-in-the-topic", "source:reuters", string.Empty]).ToList();

        Assert.Equal(terms.Select(t => ParsedPerWord(topic, t)), terms.Select(words.WrittenAs));
        Assert.Equal(terms.Select(t => ParsedPerWord(topic, t)), terms.Select(t => TopicWords.WrittenAs(topic, t)));
    }

    [Theory]
    [InlineData("Trêve OR trêve OR TRÊVE", "Trêve", "Trêve", "Trêve")]
    [InlineData("trêve OR Trêve", "trêve", "trêve")]
    [InlineData("Syria syria SYRIA", "Syria", "Syria", "SYRIA")] // a word in capitals is read as an acronym: its own key
    [InlineData("\"Trêve de Noël\" OR \"trêve   de noël\"", "Trêve de Noël", "Trêve de Noël")]
    [InlineData("Syrie -Irak -irak", "Syrie", "Irak", "Irak")]
    [InlineData("東京 OR 快乐 OR 東京", "東京", "快乐", "東京")]
    [InlineData("غَزَّة AND (غزة OR القدس)", "غَزَّة", "غَزَّة", "القدس")]
    [InlineData("Αθήνα OR αθήνα OR ΑΘΗΝΑ", "Αθήνα", "Αθήνα", "Αθήνα")]
    public void A_word_written_twice_is_quoted_by_its_first_spelling(string topic, params string[] written)
    {
        Assert.Equal(written, TermsOf(topic).Select(TopicWords.Of(topic).WrittenAs));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("(unclosed")]
    [InlineData("NOT trêve")]
    public void A_topic_that_does_not_parse_answers_each_term_with_itself(string? topic)
    {
        Assert.Equal("treve", TopicWords.Of(topic).WrittenAs("treve"));
    }

    [Fact]
    public void A_topic_longer_than_a_topic_may_be_answers_each_term_with_itself()
    {
        var topic = new string('a', TopicQuery.MaxLength) + " trêve";

        Assert.Equal("treve", TopicWords.Of(topic).WrittenAs("treve"));
        Assert.Equal("trêve", TopicWords.Of(topic[^20..]).WrittenAs("treve"));
    }

    [Fact]
    public void A_null_term_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => TopicWords.Of("trêve").WrittenAs(null!));
        Assert.Throws<ArgumentNullException>(() => TopicWords.WrittenAs("trêve", null!));
    }

    [Theory]
    [InlineData("Trêve AND (Gaza OR gaza) AND trêve", "fr", "La trêve tient à Gaza, la trêve de Noël aussi", "Trêve", "Gaza")]
    [InlineData("\"Trêve de Noël\" OR Gaza", "fr", "La trêve de Noël tient à Gaza", "Trêve de Noël", "Gaza")]
    [InlineData("快乐 OR 新年", "zh", "祝你们新年快乐", "快乐", "新年")]
    [InlineData("غَزَّة OR القدس", "ar", "هدنة في غزة والقدس", "غَزَّة", "القدس")]
    [InlineData("Αθήνα OR Πειραιάς", "el", "Αθήνα και Πειραιάς: απεργία", "Αθήνα", "Πειραιάς")]
    public void The_reason_of_a_match_quotes_each_word_as_the_topic_wrote_it_as_hit_by_hit(string topic, string language, string headline, params string[] terms)
    {
        var index = new PercolatorIndex();
        Assert.True(index.Add(new TopicSubscription("s1", "u1", topic, Language: language)).Success);
        var article = new ArticleDocument("a1", headline, "Rien d'autre.", Language: language);
        var explanation = Assert.Single(index.Match(article)).Explanation;

        var reason = MatchReason.Of(explanation, article, topic);

        Assert.Equal(explanation.Hits.Take(MatchWords.MaxHits).Select(h => MatchReason.PartOf(h, article, topic)), reason.Parts);
        Assert.Equal(terms, reason.Parts.Select(p => p.Term).Distinct());
    }

    [Fact]
    public void A_reason_of_metadata_alone_is_the_same_with_or_without_the_topic()
    {
        var index = new PercolatorIndex();
        Assert.True(index.Add(new TopicSubscription("s1", "u1", "source:Reuters urgency:<=2")).Success);
        var article = new ArticleDocument("a1", "Headline", "Body", Source: "Reuters", Urgency: 1);
        var explanation = Assert.Single(index.Match(article)).Explanation;

        var reason = MatchReason.Of(explanation, article, "source:Reuters urgency:<=2");

        Assert.Equal(MatchReason.Of(explanation, article).Parts, reason.Parts);
        Assert.All(reason.Parts, p => Assert.Null(p.Term));
    }

    // The lookup as it was before a topic was read once per reason: parse, then the first non-empty words of the node
    // whose text is the term. The oracle the single parse must agree with.
    private static string ParsedPerWord(string topic, string queryTerm)
    {
        var nodes = new List<(QueryNode Node, string Written)>();
        if (new QueryParser(topic) { Written = nodes }.ParseTopic().Root is null)
        {
            return queryTerm;
        }

        foreach (var (node, words) in nodes)
        {
            if (words.Length > 0 && string.Equals(node.ToString(), queryTerm, StringComparison.Ordinal))
            {
                return words;
            }
        }

        return queryTerm;
    }

    private static List<string> TermsOf(string topic)
    {
        var nodes = new List<(QueryNode Node, string Written)>();
        Assert.NotNull(new QueryParser(topic) { Written = nodes }.ParseTopic().Root);
        return nodes.Select(n => n.Node.ToString()).ToList();
    }
}
