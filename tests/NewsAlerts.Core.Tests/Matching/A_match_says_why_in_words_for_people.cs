namespace NewsAlerts.Core.Tests.Matching;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Words;

public sealed class A_match_says_why_in_words_for_people
{
    [Fact]
    public void The_reason_every_alert_carries_quotes_the_words_around_the_match_and_names_no_position()
    {
        var article = new Article("urn:t:3", 1, "Storm hits coast", "Officials in the capital said the long drought in Kenya had ended with the storm.",
            null, "Wire", "en", [], 5, null, DateTimeOffset.UnixEpoch);
        var index = new SubscriberMatcher();
        index.Upsert(new Subscriber("u/1", "a@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "drought", false)], 2, DateTimeOffset.UnixEpoch));

        var match = Assert.Single(index.Match(article));

        var said = ReasonWords.Of(match.Reason, null);
        Assert.Equal("“drought” in the story: “…capital said the long drought in Kenya had ended…”", said);
        Assert.DoesNotContain("at word", said, StringComparison.Ordinal);
    }
}
