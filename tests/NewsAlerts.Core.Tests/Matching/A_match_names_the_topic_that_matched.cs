namespace NewsAlerts.Core.Tests.Matching;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Subscribers;

public sealed class A_match_names_the_topic_that_matched
{
    private static readonly Article Drought = new("urn:t:2", 1, "Drought in Kenya", "Rains failed again.", null, null, "en", [], 5, null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_topic_id_comes_with_the_match_so_per_topic_preferences_can_apply()
    {
        var index = new SubscriberMatcher();
        index.Upsert(new Subscriber(
            "u/1", "a@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC",
            [new Topic("t1", "Syria", false), new Topic("t2", "drought", false)], 2, DateTimeOffset.UnixEpoch));

        var match = Assert.Single(index.Match(Drought));

        Assert.Equal("t2", match.TopicId);
        Assert.Equal("t7", SubscriberMatcher.TopicIdOf(SubscriberMatcher.SubscriptionId("u/1", "t7"), "u/1"));
    }
}
