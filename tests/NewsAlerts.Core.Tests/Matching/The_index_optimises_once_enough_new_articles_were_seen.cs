namespace NewsAlerts.Core.Tests.Matching;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Index;

public sealed class The_index_optimises_once_enough_new_articles_were_seen
{
    private static readonly Article News = new("urn:t:1", 1, "Truce agreed in Syria", "The ceasefire holds in Aleppo.", null, null, "en", [], 2, null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void It_waits_for_a_thousand_new_articles_between_optimisations()
    {
        var index = new SubscriberMatcher();
        index.Upsert(new Subscriber("s1", "s1@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "Syria AND truce", false)], 2, DateTimeOffset.UnixEpoch));

        Assert.False(index.OptimizeIfDue());
        MatchMany(index, PercolatorIndex.MinimumArticlesForStatistics + 100);
        Assert.True(index.OptimizeIfDue());
        Assert.False(index.OptimizeIfDue());
        MatchMany(index, 200);
        Assert.False(index.OptimizeIfDue());
        MatchMany(index, PercolatorIndex.MinimumArticlesForStatistics);
        Assert.True(index.OptimizeIfDue());
        Assert.Single(index.Match(News));
    }

    private static void MatchMany(SubscriberMatcher index, int articles)
    {
        for (var i = 0; i < articles; i++)
        {
            index.Match(News);
        }
    }
}
