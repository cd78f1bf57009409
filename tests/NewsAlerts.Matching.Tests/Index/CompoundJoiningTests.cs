using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Index;

/// <summary>Adjacent words are read as one compound (cease fire, cease-fire → ceasefire) only inside a clause.</summary>
public sealed class CompoundJoiningTests
{
    private static IReadOnlyList<SubscriptionMatch> Match(string topic, string headline, string body = "")
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic));
        Assert.True(parsed.Success, parsed.Error);
        return index.Match(new ArticleDocument("a1", headline, body));
    }

    [Theory]
    [InlineData("ceasefire", "Troops were told to cease. Fire broke out later.")]
    [InlineData("ceasefire", "Did they cease? Fire broke out.")]
    [InlineData("ceasefire", "Told to cease! Fire again")]
    [InlineData("ceasefire", "They would not cease, fire continued")]
    [InlineData("ceasefire", "One order: cease; fire was returned")]
    [InlineData("ceasefire", "The order: cease: fire")]
    [InlineData("ceasefire", "He said \"cease\" fire later")]
    [InlineData("ceasefire", "He said \u201ccease\u201d fire later")]
    [InlineData("ceasefire", "They had to cease (fire was heavy)")]
    [InlineData("ceasefire", "They had to cease [fire was heavy]")]
    [InlineData("ceasefire", "They had to cease \u2014 fire was heavy")]
    [InlineData("ceasefire", "They had to cease - fire was heavy")]
    [InlineData("ceasefire", "They had to cease / fire was heavy")]
    [InlineData("ceasefire", "Told to cease\nFire broke out")]
    [InlineData("ceasefire", "Told to cease\r\n\r\nFire broke out")]
    [InlineData("ceasefire", "Told to cease\u2029Fire broke out")]
    [InlineData("wildfire", "Into the wild. Fire crews arrived.")]
    [InlineData("wildfire", "Into the wild, fire crews arrived.")]
    [InlineData("breakthrough", "A break: through the night")]
    public void Words_in_different_clauses_are_not_joined(string topic, string text) => Assert.Empty(Match(topic, text));

    [Theory]
    [InlineData("ceasefire", "Rebels agree to a cease fire")]
    [InlineData("ceasefire", "Rebels agree to a cease-fire")]
    [InlineData("ceasefire", "Rebels agree to a cease\u2010fire")]
    [InlineData("ceasefire", "Rebels agree to a cease\u2011fire")]
    [InlineData("ceasefire", "Rebels agree to a cease\u00a0fire")]
    [InlineData("ceasefire", "Rebels agree to a cease  \tfire")]
    [InlineData("ceasefire", "Rebels agree to a cease-fires")]
    [InlineData("wildfire", "A wild fire spread")]
    [InlineData("breakthrough", "A break through in the talks")]
    [InlineData("cease-fire", "A ceasefire")]
    [InlineData("\"cease fire\"", "A ceasefire")]
    public void Words_in_one_clause_are_joined(string topic, string text) => Assert.Single(Match(topic, text));

    [Theory]
    [InlineData("\"cease fire\"", "Told to cease. Fire broke out.")]
    [InlineData("cease NEAR/1 fire", "Told to cease. Fire broke out.")]
    [InlineData("\"peace talks\"", "It was peace; talks followed.")]
    [InlineData("\"cease fire\" OR ceasefire", "The plan: cease. Fire later.")]
    public void Phrases_and_near_keep_their_positions_across_punctuation(string topic, string text) =>
        Assert.Single(Match(topic, text));

    [Fact]
    public void Explanation_shows_the_compound_as_written()
    {
        var match = Assert.Single(Match("ceasefire", "Talks", "Rebels agree to a cease-fire on Monday"));
        var hit = Assert.Single(match.Explanation.Hits);
        Assert.Equal("cease-fire", hit.Matched);
    }

    [Fact]
    public void A_topic_written_across_a_clause_break_is_not_joined() => Assert.Empty(Match("\"cease, fire\"", "A ceasefire"));
}
