namespace NewsAlerts.Matching.Tests.Languages;

using NewsAlerts.Matching.Languages;

public sealed class A_topic_that_can_never_match_is_warned_about
{
    [Theory]
    [InlineData("Syria -Syria", "syria")] // the word as the parser keeps it, folded
    [InlineData("Syria AND NOT syria", "syria")]
    [InlineData("\"peace talks\" -\"peace talks\"", "peace talks")]
    [InlineData("headline:Syria -Syria", "syria")] // excluded everywhere, so the headline cannot have it either
    public void A_word_asked_for_and_excluded_makes_a_topic_that_can_never_match(string topic, string word)
    {
        var concern = Assert.Single(TopicWarnings.Concerns(topic, "en"), c => c.Kind == TopicConcernKind.Contradiction);

        Assert.Equal([word], concern.Words);
        Assert.Contains($"it asks for {word} and excludes the same, so it can never match", TopicWarnings.For(topic, "en"));
    }

    [Theory]
    [InlineData("Syria -headline:Syria")] // the body may still name Syria
    [InlineData("Syria -ceasefire")]
    [InlineData("Syria OR truce")]
    public void A_topic_that_can_still_match_is_not_called_impossible(string topic) =>
        Assert.DoesNotContain(TopicWarnings.Concerns(topic, "en"), c => c.Kind == TopicConcernKind.Contradiction);

    [Fact]
    public void The_concerns_are_data_and_the_api_keeps_its_sentences()
    {
        var common = Assert.Single(TopicWarnings.Concerns("the OR \"of the\"", "en"));
        var script = TopicWarnings.Concerns("\u5FEB\u4E50", "en")[0];

        Assert.Equal(new TopicConcern(TopicConcernKind.OnlyCommonWords, "en", null, common.Words), common);
        Assert.Equal(["the", "of the"], common.Words);
        Assert.Equal((TopicConcernKind.OtherLanguage, "zh", "en"), (script.Kind, script.Language, script.Stated));
        Assert.Equal("written in Han characters, so matched as zh, not en", TopicWarnings.For("\u5FEB\u4E50", "en")[0]);
        Assert.Equal("it asks only for common words (the, of the), so it would match almost every en article", Assert.Single(TopicWarnings.For("the OR \"of the\"", "en")));
    }
}
