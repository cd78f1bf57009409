using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Explanations;

/// <summary>An explanation says each thing once: one hit per place of the article for a topic word.</summary>
public sealed class ExplanationRepeatTests
{
    private static MatchExplanation Explain(string topic, string headline, string body = "")
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic));
        Assert.True(parsed.Success, parsed.Error);
        return Assert.Single(index.Match(new ArticleDocument("a1", headline, body))).Explanation;
    }

    [Theory]
    [InlineData("ceasefire", "Rebels agree to a cease-fire on Monday", "cease-fire")]
    [InlineData("ceasefire", "Rebels agree to a cease fire on Monday", "cease fire")]
    [InlineData("cease-fire", "Rebels agree to a ceasefire on Monday", "ceasefire")]
    [InlineData("\"cease fire\"", "Rebels agree to a cease-fire on Monday", "cease-fire")]
    [InlineData("Syria", "Talks with the Syrian Arab Republic", "Syrian Arab Republic")]
    [InlineData("Syria AND (Syria OR Damascus)", "Syria talks", "Syria")]
    [InlineData("Syria OR Syrian", "Syrian talks", "Syrian")]
    [InlineData("ceasefire OR \"cease fire\" OR cease-fire", "Agreement on a cease-fire", "cease-fire")]
    [InlineData("Kerry NEAR/3 Lavrov AND Kerry", "Kerry met Lavrov", "Kerry")]
    public void One_place_is_explained_once_per_topic_word(string topic, string headline, string place)
    {
        var explanation = Explain(topic, headline);
        var atPlace = explanation.Hits.Where(h => h.Matched.Contains(place, StringComparison.Ordinal) || place.Contains(h.Matched, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(atPlace);
        Assert.Equal(atPlace.Count, atPlace.Select(h => (h.QueryTerm, h.Position)).Distinct().Count());
        Assert.Equal(explanation.Hits.Count, explanation.Hits.Select(h => h.ToString()).Distinct().Count());
        Assert.Equal(explanation.Hits.Count, explanation.Hits.Select(h => (h.QueryTerm, h.Field, h.Position)).Distinct().Count());
    }

    [Fact]
    public void Cease_fire_is_explained_once_as_written()
    {
        var explanation = Explain("ceasefire", "Talks", "Rebels agree to a cease-fire on Monday");
        var hit = Assert.Single(explanation.Hits);
        Assert.Equal("\"ceasefire\" as \"cease-fire\" in the body at word 5", hit.ToString());
    }

    [Fact]
    public void The_same_expansion_in_two_places_is_shown_at_the_earliest()
    {
        var explanation = Explain("ceasefire", "Truce holds", "The truce was signed after a truce broke down");
        var hit = Assert.Single(explanation.Hits);
        Assert.Equal(ArticleField.Headline, hit.Field);
        Assert.Equal("truce", hit.Via, ignoreCase: true);
    }

    [Fact]
    public void Different_places_are_each_explained()
    {
        var explanation = Explain("ceasefire", "Ceasefire holds", "A truce was signed");
        Assert.Equal(2, explanation.Hits.Count);
        Assert.Equal([ArticleField.Headline, ArticleField.Body], explanation.Hits.Select(h => h.Field));
    }

    [Fact]
    public void Different_topic_words_at_one_place_are_each_kept()
    {
        var explanation = Explain("ceasefire AND truce", "Truce agreed");
        Assert.Equal(["ceasefire", "truce"], explanation.Hits.Select(h => h.QueryTerm).Order());
    }
}
