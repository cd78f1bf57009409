using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Index;

/// <summary>
/// Exact words (<c>=word</c>, or a subscription with exact on) keep their form but for plural and possessive, as
/// Lucene's EnglishMinimalStemFilter: no Snowball stemming, no expansion.
/// </summary>
public sealed class ExactModeTests
{
    private static bool Matches(string topic, string text, bool exact = false)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(new TopicSubscription("s1", "u1", topic, exact));
        Assert.True(parsed.Success, parsed.Error);
        return index.Match(new ArticleDocument("a1", text, string.Empty)).Count == 1;
    }

    [Theory]
    [InlineData("=talk", "They were talking at length.")]
    [InlineData("=talk", "The talked-about plan")]
    [InlineData("=talks", "They were talking at length.")]
    [InlineData("=elect", "The election was held")]
    [InlineData("=elect", "Voters elected a new mayor")]
    [InlineData("=nation", "The national team won")]
    [InlineData("=nation", "The nationalists marched")]
    [InlineData("=general", "Troops were told to stand down, generally")]
    [InlineData("=fight", "Heavy fighting in the north")]
    [InlineData("=Syria", "Syrian forces advance")]
    [InlineData("=\"peace talk\"", "Peace talking resumed")]
    [InlineData("=talk NEAR/2 =peace", "Peace envoys talking")]
    public void Exact_word_does_not_match_other_endings(string topic, string text) => Assert.False(Matches(topic, text));

    [Theory]
    [InlineData("=talks", "The talks resumed")]
    [InlineData("=talks", "Leaders talk again")]
    [InlineData("=talk", "The talks resumed")]
    [InlineData("=Syria", "Syria's president speaks")]
    [InlineData("=Syria", "Syria\u2019s president speaks")]
    [InlineData("=Syria's", "Syria is calm")]
    [InlineData("=ceasefire", "Ceasefires hold in the north")]
    [InlineData("=ceasefire", "The ceasefire's terms")]
    [InlineData("=ceasefires", "A ceasefire holds")]
    [InlineData("=policy", "New policies announced")]
    [InlineData("=policies", "A new policy")]
    [InlineData("=Zürich", "ZURICH banks")]
    [InlineData("=\"peace talks\"", "Peace talk resumed")]
    [InlineData("=talk NEAR/2 =peace", "Peace envoys talk")]
    [InlineData("=ceasefire", "Rebels agree to a cease-fire")]
    public void Exact_word_matches_its_plural_and_possessive(string topic, string text) => Assert.True(Matches(topic, text));

    [Theory]
    [InlineData("talk", "They were talking at length.")]
    [InlineData("Syria talks", "Talking in the Syrian capital")]
    public void Whole_subscription_exact_does_not_stem(string topic, string text) => Assert.False(Matches(topic, text, exact: true));

    [Fact]
    public void Exact_subscription_matches_the_same_word() => Assert.True(Matches("talks", "The talks resumed", exact: true));

    [Fact]
    public void Ordinary_word_still_stems() => Assert.True(Matches("talk", "They were talking at length."));

    [Fact]
    public void Exact_and_ordinary_topics_in_one_index_each_keep_their_meaning()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("exact", "u1", "=talk"));
        index.Add(new TopicSubscription("stemmed", "u2", "talk"));
        var matches = index.Match(new ArticleDocument("a1", "They were talking at length.", string.Empty));
        Assert.Equal(["stemmed"], matches.Select(m => m.TopicSubscription.Id));
    }

    [Fact]
    public void Exact_mode_survives_a_snapshot()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "u1", "=talk"));
        using var stream = new MemoryStream();
        IndexSnapshot.Save(index, stream);
        stream.Position = 0;
        var loaded = IndexSnapshot.Load(stream);
        Assert.Empty(loaded.Match(new ArticleDocument("a1", "They were talking at length.", string.Empty)));
        Assert.Single(loaded.Match(new ArticleDocument("a2", "The talks resumed", string.Empty)));
    }
}
