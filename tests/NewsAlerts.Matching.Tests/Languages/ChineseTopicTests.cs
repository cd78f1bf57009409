using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Languages;

/// <summary>Chinese is segmented into words by SmartCn, so a topic finds its word inside a run of characters.</summary>
public sealed class ChineseTopicTests
{
    private static IReadOnlyList<SubscriptionMatch> Match(TopicSubscription subscription, ArticleDocument article)
    {
        var index = new PercolatorIndex();
        var parsed = index.Add(subscription);
        Assert.True(parsed.Success, parsed.Error);
        return index.Match(article);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-CN")]
    [InlineData(null)]
    public void Topic_kuaile_matches_a_Chinese_new_year_greeting(string? articleLanguage)
    {
        var matches = Match(new TopicSubscription("s1", "u1", "快乐", Language: "zh"), new ArticleDocument("a1", "祝你们新年快乐", string.Empty, Language: articleLanguage));

        var hit = Assert.Single(Assert.Single(matches).Explanation.Hits);
        Assert.Equal("快乐", hit.Matched);
        Assert.Equal(5, hit.Offset);
    }

    [Fact]
    public void A_Han_topic_of_an_English_subscriber_is_matched_as_Chinese()
    {
        var matches = Match(new TopicSubscription("s1", "u1", "快乐"), new ArticleDocument("a1", "祝你们新年快乐", string.Empty, Language: "zh"));

        Assert.Single(matches);
    }

    [Fact]
    public void Part_of_a_Chinese_word_is_not_a_match()
    {
        // SmartCn reads 快乐 as one word; its first character alone is another word.
        Assert.Empty(Match(new TopicSubscription("s1", "u1", "快", Language: "zh"), new ArticleDocument("a1", "祝你们新年快乐", string.Empty, Language: "zh")));
    }

    [Fact]
    public void A_Chinese_topic_does_not_match_an_English_article() =>
        Assert.Empty(Match(new TopicSubscription("s1", "u1", "快乐", Language: "zh"), new ArticleDocument("a1", "快乐 means happy", string.Empty, Language: "en")));

    [Fact]
    public void A_Chinese_phrase_matches_its_words_in_order()
    {
        Assert.Single(Match(new TopicSubscription("s1", "u1", "新年快乐", Language: "zh"), new ArticleDocument("a1", "祝你们新年快乐", string.Empty, Language: "zh")));
        Assert.Empty(Match(new TopicSubscription("s1", "u1", "\"快乐 新年\"", Language: "zh"), new ArticleDocument("a1", "祝你们新年快乐", string.Empty, Language: "zh")));
    }
}
