namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;

public sealed class Feed_items_are_new_changed_or_seen
{
    private static Article Article(string id, string headline = "Ceasefire agreed", string body = "Talks resume.", string? url = null) =>
        new(id, 1, headline, body, null, "Example", "en", [], 5, url is null ? null : new Uri(url), DateTimeOffset.UnixEpoch);

    private static readonly Article A = Article("https://news.example/a", url: "https://news.example/a");
    private static readonly Article B = Article("https://news.example/b", "Storm warning", "Winds at 120 km/h.", "https://news.example/b");

    [Fact]
    public void A_new_feeds_first_poll_records_its_items_and_alerts_nobody()
    {
        var result = FeedItemHistory.Decide(firstPoll: true, [], [A, B]);
        Assert.All(result.Decisions, d => Assert.Equal(FeedItemOutcome.Recorded, d.Outcome));
        Assert.DoesNotContain(result.Decisions, d => d.Alerts);
        Assert.Equal(2, result.Seen.Count);
    }

    [Fact]
    public void A_new_item_alerts_as_version_one()
    {
        var seen = FeedItemHistory.Decide(true, [], [A]).Seen;
        var result = FeedItemHistory.Decide(false, seen, [B, A]);
        Assert.Equal([FeedItemOutcome.New, FeedItemOutcome.Unchanged], result.Decisions.Select(d => d.Outcome));
        Assert.True(result.Decisions[0].Alerts);
        Assert.Equal(1, result.Decisions[0].Article.Version);
    }

    [Fact]
    public void An_item_seen_before_is_not_alerted_again()
    {
        var seen = FeedItemHistory.Decide(false, [], [A]).Seen;
        var again = FeedItemHistory.Decide(false, seen, [A]);
        Assert.Equal(FeedItemOutcome.Unchanged, Assert.Single(again.Decisions).Outcome);
        Assert.False(again.Decisions[0].Alerts);
        Assert.Equal(seen, again.Seen);
    }

    [Fact]
    public void An_item_whose_content_changed_becomes_the_next_version()
    {
        var seen = FeedItemHistory.Decide(true, [], [A]).Seen;
        var corrected = FeedItemHistory.Decide(false, seen, [A with { Body = "Talks resume on Monday." }]);
        var decision = Assert.Single(corrected.Decisions);
        Assert.Equal(FeedItemOutcome.Changed, decision.Outcome);
        Assert.True(decision.Alerts);
        Assert.Equal(2, decision.Article.Version);
        Assert.Equal(A.Id, decision.Article.Id);

        var third = FeedItemHistory.Decide(false, corrected.Seen, [A with { Headline = "Ceasefire signed" }]);
        Assert.Equal(3, third.Decisions[0].Article.Version);
    }

    [Fact]
    public void A_change_of_white_space_only_is_not_a_new_version()
    {
        var seen = FeedItemHistory.Decide(true, [], [A]).Seen;
        var result = FeedItemHistory.Decide(false, seen, [A with { Body = "  Talks \n resume. " }]);
        Assert.Equal(FeedItemOutcome.Unchanged, result.Decisions[0].Outcome);
    }

    [Fact]
    public void A_feed_that_rewrites_its_GUIDs_alerts_nobody()
    {
        var seen = FeedItemHistory.Decide(true, [], [A, B]).Seen;
        var rewritten = FeedItemHistory.Decide(false, seen, [A with { Id = "urn:uuid:1" }, B with { Id = "urn:uuid:2" }]);
        Assert.All(rewritten.Decisions, d => Assert.Equal(FeedItemOutcome.Rekeyed, d.Outcome));
        Assert.DoesNotContain(rewritten.Decisions, d => d.Alerts);
        Assert.Equal(A.Id, rewritten.Decisions[0].Article.Id);

        // The new ids are remembered: the next poll finds them by id.
        var next = FeedItemHistory.Decide(false, rewritten.Seen, [A with { Id = "urn:uuid:1" }]);
        Assert.Equal(FeedItemOutcome.Unchanged, next.Decisions[0].Outcome);
    }

    [Fact]
    public void A_rewritten_GUID_with_a_new_link_is_still_known_by_its_content()
    {
        var seen = FeedItemHistory.Decide(true, [], [A]).Seen;
        var moved = FeedItemHistory.Decide(false, seen, [A with { Id = "urn:uuid:9", Url = new Uri("https://new.example/a") }]);
        Assert.Equal(FeedItemOutcome.Rekeyed, moved.Decisions[0].Outcome);
        Assert.Contains("https://new.example/a", Assert.Single(moved.Seen).Links);
    }

    [Fact]
    public void A_rewritten_GUID_on_an_edited_item_is_a_version_of_the_item_with_the_same_link()
    {
        var seen = FeedItemHistory.Decide(true, [], [A]).Seen;
        var result = FeedItemHistory.Decide(false, seen, [A with { Id = "urn:uuid:1", Body = "Talks collapse." }]);
        Assert.Equal(FeedItemOutcome.Changed, result.Decisions[0].Outcome);
        Assert.Equal(A.Id, result.Decisions[0].Article.Id);
        Assert.Equal(2, result.Decisions[0].Article.Version);
    }

    [Fact]
    public void The_same_item_twice_in_one_poll_alerts_once()
    {
        var result = FeedItemHistory.Decide(false, [], [A, A]);
        Assert.Equal([FeedItemOutcome.New, FeedItemOutcome.Unchanged], result.Decisions.Select(d => d.Outcome));
        Assert.Single(result.Seen);
    }
}
