namespace NewsAlerts.Core.Tests.Matching;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Trial finding #9 (issue 16): the match every alert, digest row, history row and editor example carries names the topic
/// and quotes its words as each subscriber wrote them, though many subscribers share one folded topic in the index.
/// </summary>
public sealed class A_match_quotes_the_topic_as_the_subscriber_wrote_it
{
    [Theory]
    [InlineData("trêve", "fr", "Une trêve à Gaza")]
    [InlineData("Zürich", "de", "Zürich stimmt ab")]
    [InlineData("Gaza", "en", "Aid reaches gaza")]
    [InlineData("Αθήνα", "el", "Απεργία στην Αθήνα")]
    [InlineData("غَزَّة", "ar", "هدنة في غزة")]
    public void The_reason_and_the_topic_keep_the_subscribers_spelling(string topic, string language, string headline)
    {
        var said = ReasonTexts.Of("InHeadline", language, ReasonTexts.Of("Quoted", language, topic), string.Empty);
        var index = new SubscriberMatcher();
        index.Upsert(SubscriberFollowing("u1", topic, language));

        var match = Assert.Single(index.Match(Story(headline, language)));

        Assert.Equal(topic, match.Topic);
        Assert.StartsWith(said.TrimEnd(), ReasonWords.Of(match.Reason, language), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_spellings_of_one_folded_topic_are_each_quoted_as_their_subscriber_wrote_them()
    {
        var index = new SubscriberMatcher();
        index.UpsertMany([SubscriberFollowing("u1", "Trêve", "fr"), SubscriberFollowing("u2", "treve", "fr")]);

        var matches = index.Match(Story("Une trêve à Gaza", "fr")).ToDictionary(m => m.Subscriber.Id);

        Assert.StartsWith(ReasonTexts.Of("Quoted", "fr", "Trêve"), ReasonWords.Of(matches["u1"].Reason, "fr"), StringComparison.Ordinal);
        Assert.StartsWith(ReasonTexts.Of("Quoted", "fr", "treve"), ReasonWords.Of(matches["u2"].Reason, "fr"), StringComparison.Ordinal);
        Assert.Equal("Trêve", matches["u1"].Topic);
        Assert.Equal("treve", matches["u2"].Topic);
    }

    private static Article Story(string headline, string language) =>
        new("urn:t:" + headline.GetHashCode(StringComparison.Ordinal), 1, headline, "-", null, "Wire", language, [], 5, null, DateTimeOffset.UnixEpoch);

    private static Subscriber SubscriberFollowing(string id, string topic, string language) =>
        new Subscriber(id, id + "@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", topic, false)], 2, DateTimeOffset.UnixEpoch)
        {
            Language = language,
        };
}
