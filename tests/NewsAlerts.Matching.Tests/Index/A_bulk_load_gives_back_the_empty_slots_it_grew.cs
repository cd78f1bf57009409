using System.Globalization;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Index;

/// <summary>
/// Adding many subscriptions at once grows the id dictionary by doubling, which leaves up to half its slots empty
/// (28 bytes each); a bulk load gives them back. It used to decide by the number of distinct topics, so 100,000
/// subscriptions over 10,000 topics (the matching benchmark's quick mode; popular topics are the rule) kept 75,000
/// empty slots, 21 bytes a subscription.
/// </summary>
public sealed class A_bulk_load_gives_back_the_empty_slots_it_grew
{
    [Theory]
    [InlineData(50_000, 100)]
    [InlineData(50_000, 20_000)]
    public void Many_subscriptions_over_few_or_many_topics_leave_at_most_a_tenth_of_the_slots_empty(int subscriptions, int topics)
    {
        var index = new PercolatorIndex();

        var rejected = index.AddRange(Enumerable.Range(0, subscriptions).Select(i => new TopicSubscription(
            "sub-" + i.ToString(CultureInfo.InvariantCulture), "user-" + (i % 997).ToString(CultureInfo.InvariantCulture), $"topic{i % topics} AND news")));

        Assert.Empty(rejected);
        Assert.Equal(subscriptions, index.Count);
        Assert.InRange(index.SubscriptionSlots, subscriptions, subscriptions * 11 / 10);
    }
}
