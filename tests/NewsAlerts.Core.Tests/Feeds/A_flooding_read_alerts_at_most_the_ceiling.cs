namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;

/// <summary>
/// Trial s45 #1: a feed that suddenly carried 6,000 new items alerted each matching subscriber 6,000 times. One read
/// alerts at most <see cref="FeedOptions.MaxNewItemsPerRead"/> items, the newest; the rest are remembered and held back.
/// </summary>
public sealed class A_flooding_read_alerts_at_most_the_ceiling
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 22, 49, 7, TimeSpan.Zero);

    private static Article Article(int n, DateTimeOffset published) =>
        new($"https://news.example/{n}", 1, $"Huge item {n}", "Body.", null, "Example", "en", [], 5, new Uri($"https://news.example/{n}"), published);

    private static List<FeedItemDecision> NewItems(int count) =>
        [.. Enumerable.Range(0, count).Select(n => new FeedItemDecision(FeedItemOutcome.New, Article(n, Now.AddMinutes(-n))))];

    [Fact]
    public void A_read_within_the_ceiling_is_left_as_it_is()
    {
        var decisions = NewItems(50);

        var (after, flood) = FeedFloodCeiling.Apply(decisions, 50, Now);

        Assert.Null(flood);
        Assert.Same(decisions, after);
    }

    [Fact]
    public void A_read_past_the_ceiling_alerts_the_newest_and_holds_back_the_rest()
    {
        // Feed order is not date order here: the newest item is last in the feed.
        var decisions = NewItems(70);
        decisions.Add(new FeedItemDecision(FeedItemOutcome.New, Article(999, Now.AddMinutes(5))));

        var (after, flood) = FeedFloodCeiling.Apply(decisions, 50, Now);

        Assert.Equal(new FeedFlood(71, 50, 21, Now), flood);
        Assert.Equal(50, after.Count(d => d.Alerts));
        Assert.Equal(21, after.Count(d => d.Outcome == FeedItemOutcome.HeldBack));
        Assert.True(after[^1].Alerts);
        Assert.All(after.Take(49), d => Assert.True(d.Alerts));
        Assert.All(after.Skip(49).Take(21), d => Assert.Equal(FeedItemOutcome.HeldBack, d.Outcome));
    }

    [Fact]
    public void Items_of_one_date_keep_feed_order_newest_first()
    {
        var decisions = Enumerable.Range(0, 5).Select(n => new FeedItemDecision(FeedItemOutcome.New, Article(n, Now))).ToList();

        var (after, _) = FeedFloodCeiling.Apply(decisions, 2, Now);

        Assert.Equal([true, true, false, false, false], after.Select(d => d.Alerts));
    }

    [Fact]
    public void Changed_items_count_toward_the_ceiling_and_seen_ones_do_not()
    {
        List<FeedItemDecision> decisions =
        [
            new(FeedItemOutcome.Unchanged, Article(1, Now)),
            new(FeedItemOutcome.Changed, Article(2, Now)),
            new(FeedItemOutcome.New, Article(3, Now.AddMinutes(-1))),
            new(FeedItemOutcome.Rekeyed, Article(4, Now)),
            new(FeedItemOutcome.New, Article(5, Now.AddMinutes(-2))),
        ];

        var (after, flood) = FeedFloodCeiling.Apply(decisions, 2, Now);

        Assert.Equal(new FeedFlood(3, 2, 1, Now), flood);
        Assert.Equal(
            [FeedItemOutcome.Unchanged, FeedItemOutcome.Changed, FeedItemOutcome.New, FeedItemOutcome.Rekeyed, FeedItemOutcome.HeldBack],
            after.Select(d => d.Outcome));
    }

    [Fact]
    public void A_flood_is_told_in_words()
    {
        Assert.Equal(
            "6,000 new items in one read: 50 alerted, 5,950 held back as a possible flood at 2026-12-03 22:49 UTC",
            new FeedFlood(6000, 50, 5950, Now).Words);
    }

    [Fact]
    public void A_flood_shows_until_an_editor_acknowledges_it_whatever_the_next_reads_bring()
    {
        var flood = new FeedFlood(6000, 50, 5950, Now);
        var health = FeedHealth.New(Now).AfterRead(flood, null);

        Assert.Equal(flood, health.FloodShown(null));
        Assert.Equal(flood, health.FloodShown(Now.AddMinutes(-1)));
        Assert.Null(health.FloodShown(Now));
        // Every held-back item is seen, so the next read is within the ceiling: the flood still shows (review of s45).
        Assert.Equal(flood, health.AfterRead(null, null).FloodShown(null));
        Assert.Null(health.AfterRead(null, null).FloodShown(Now));
        var later = new FeedFlood(300, 50, 250, Now.AddHours(1));
        Assert.Equal(later, health.AfterRead(later, null).FloodShown(Now));
    }

    [Fact]
    public void The_ceiling_must_be_at_least_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedFloodCeiling.Apply(NewItems(3), 0, Now));
    }
}
