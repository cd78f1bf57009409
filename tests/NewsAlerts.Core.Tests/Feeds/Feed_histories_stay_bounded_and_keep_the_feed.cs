namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;

public sealed class Feed_histories_stay_bounded_and_keep_the_feed
{
    [Fact]
    public void A_history_within_the_bound_is_kept_whole()
    {
        var history = Items(5);

        Assert.Same(history, FeedItemHistory.Prune(history, [], 10));
    }

    [Fact]
    public void The_oldest_items_not_in_the_feed_go_first()
    {
        var history = Items(10);

        var kept = FeedItemHistory.Prune(history, [Decision("a0"), Decision("a1")], 5);

        Assert.Equal(["a0", "a1", "a7", "a8", "a9"], kept.Select(k => k.ArticleId));
    }

    [Fact]
    public void Items_in_the_feed_are_kept_even_beyond_the_bound_so_none_alerts_again()
    {
        var history = Items(6);

        var kept = FeedItemHistory.Prune(history, [.. Enumerable.Range(0, 6).Select(i => Decision($"a{i}"))], 3);

        Assert.Equal(6, kept.Count);
    }

    [Fact]
    public void A_pruned_history_still_knows_every_item_of_the_feed()
    {
        var articles = Enumerable.Range(0, 50).Select(i => Article($"urn:item:{i}")).ToList();
        var first = FeedItemHistory.Decide(firstPoll: true, [], articles);
        var older = Enumerable.Range(0, 100).Select(i => new SeenItem($"old{i}", [$"old{i}"], [], $"h{i}", 1)).ToList();
        var pruned = FeedItemHistory.Prune([.. older, .. first.Seen], first.Decisions, 60);

        var again = FeedItemHistory.Decide(firstPoll: false, pruned, articles);

        Assert.Equal(60, pruned.Count);
        Assert.All(again.Decisions, d => Assert.Equal(FeedItemOutcome.Unchanged, d.Outcome));
    }

    private static List<SeenItem> Items(int count) =>
        Enumerable.Range(0, count).Select(i => new SeenItem($"a{i}", [$"a{i}"], [], $"h{i}", 1)).ToList();

    private static FeedItemDecision Decision(string id) => new(FeedItemOutcome.Unchanged, Article(id));

    private static Article Article(string id) =>
        new(id, 1, $"Headline {id}", $"Body of {id}", null, "Example", "en", [], 5, null, DateTimeOffset.UnixEpoch);

    // Issue 18 (batch review): a new item that failed to ingest is dropped (new again next poll), a changed one keeps
    // what it was (changed again next poll), and the others keep what the poll made of them.
    [Fact]
    public void Failed_items_are_forgotten_back_to_what_they_were()
    {
        SeenItem Seen(string id, string hash, int version) => new(id, [id], [], hash, version);
        IReadOnlyList<SeenItem> before = [Seen("a", "h1", 1), Seen("b", "h1", 1)];
        IReadOnlyList<SeenItem> after = [Seen("a", "h2", 2), Seen("b", "h2", 2), Seen("c", "h1", 1), Seen("d", "h1", 1)];

        var kept = FeedItemHistory.Forget(before, after, new HashSet<string>(["a", "c"], StringComparer.Ordinal));

        Assert.Equal([before[0], after[1], after[3]], kept);
        Assert.Same(after, FeedItemHistory.Forget(before, after, new HashSet<string>(StringComparer.Ordinal)));
    }
}
