using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Tests.Query;

/// <summary>
/// Trial r37 #14: the topic line <c>🔥💥 news</c> was refused whole ("has no letters or digits"). A word of emoji or
/// symbols only among words is passed over, as the analyser passes over punctuation in articles; a topic, branch or
/// group of nothing else is still refused at the first of them, and characters people mean as operators stay errors.
/// </summary>
public sealed class Symbols_among_words_are_passed_over
{
    [Theory]
    [InlineData("🔥💥 news", "news")]
    [InlineData("news 🔥", "news")]
    [InlineData("Syria — Aleppo", "syria AND aleppo")]
    [InlineData("Syria … truce 🙏", "syria AND truce")]
    [InlineData("(🔥 Syria) OR Iraq", "syria OR iraq")]
    [InlineData("🔥 Syria AND ceasefire", "syria AND ceasefire")]
    public void A_word_of_symbols_among_words_is_ignored(string topic, string normalised)
    {
        var result = TopicQuery.Parse(topic);

        Assert.True(result.Success, result.Error);
        Assert.Equal(normalised, result.NormalizedText);
    }

    [Theory]
    [InlineData("🔥💥", 1, "'🔥💥' has no letters or digits")]
    [InlineData("  🔥 💥", 3, "'🔥' has no letters or digits")]
    [InlineData("Syria OR 🔥", 10, "'🔥' has no letters or digits")]
    [InlineData("Syria (🔥)", 8, "'🔥' has no letters or digits")]
    [InlineData("Syria | Iraq", 7, "'|' has no letters or digits")]
    [InlineData("Syria & Iraq", 7, "'&' has no letters or digits")]
    [InlineData("Syria -🔥", 8, "'🔥' has no letters or digits")]
    public void Nothing_searchable_or_an_operator_people_mean_is_still_refused_at_its_column(string topic, int column, string reason)
    {
        var result = TopicQuery.Parse(topic);

        Assert.False(result.Success);
        Assert.Equal(reason, result.Reason);
        Assert.Equal(column, result.Column);
    }
}
