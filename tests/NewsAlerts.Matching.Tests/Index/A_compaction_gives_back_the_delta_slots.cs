using System.Globalization;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Index;

/// <summary>
/// Topics changed since the last compaction wait in a delta dictionary; a compaction moves them into the base segment
/// and clears it. Clear() keeps the slots, so after a bulk load the empty delta held one slot (28 bytes) per distinct
/// topic: 10,000 topics under 100,000 subscriptions kept 3 bytes a subscription (s32: the matching benchmark's "index
/// memory per subscription" read 301.21 B against a target of 300 B). A compaction gives them back, and writes after it
/// are still found.
/// </summary>
public sealed class A_compaction_gives_back_the_delta_slots
{
    [Fact]
    public void A_bulk_load_of_many_topics_leaves_an_empty_delta_with_few_slots()
    {
        var index = new PercolatorIndex();

        var rejected = index.AddRange(Enumerable.Range(0, 20_000).Select(i => new TopicSubscription(
            "sub-" + i.ToString(CultureInfo.InvariantCulture), "user-" + (i % 997).ToString(CultureInfo.InvariantCulture), $"topic{i % 10_000} AND news")));

        Assert.Empty(rejected);
        Assert.Equal(10_000, index.DistinctTopicCount);
        Assert.InRange(index.DeltaSlots, 0, 16);
    }

    [Fact]
    public void Topics_added_and_removed_after_the_compaction_are_matched_as_written()
    {
        var index = new PercolatorIndex();
        index.AddRange(Enumerable.Range(0, 5_000).Select(i => new TopicSubscription(
            "sub-" + i.ToString(CultureInfo.InvariantCulture), "user", $"topic{i} AND news")));

        index.Add(new TopicSubscription("late", "user-late", "ceasefire AND aleppo"));
        index.Add(new TopicSubscription("late-2", "user-late", "harbour AND strike"));
        Assert.True(index.Remove("sub-7"));

        var matched = index.Match(new ArticleDocument("a1", "Ceasefire agreed in Aleppo", "Talks resume; topic7 news and harbour strike.")).Select(m => m.TopicSubscription.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["late", "late-2"], matched);
        Assert.InRange(index.DeltaSlots, 3, 16);
    }
}
