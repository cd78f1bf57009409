namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;

/// <summary><see cref="FeedItemHistory.Same"/>: the poller skips the history write when a read changed nothing it remembers.</summary>
public sealed class A_history_that_came_out_as_it_went_in_needs_no_write
{
    private static Article Article(string id, string body = "Talks resume.", string? url = null) =>
        new(id, 1, "Ceasefire agreed", body, null, "Example", "en", [], 5, url is null ? null : new Uri(url), DateTimeOffset.UnixEpoch);

    private static readonly Article A = Article("urn:a", url: "https://news.example/a");

    [Fact]
    public void An_unchanged_read_leaves_the_history_the_same()
    {
        var seen = FeedItemHistory.Decide(false, [], [A]).Seen;
        Assert.True(FeedItemHistory.Same(seen, FeedItemHistory.Decide(false, seen, [A]).Seen));
        Assert.True(FeedItemHistory.Same([], []));
    }

    [Theory]
    [InlineData("new item")]
    [InlineData("changed body")]
    [InlineData("rewritten guid")]
    [InlineData("new link")]
    public void Every_kind_of_change_is_a_difference(string change)
    {
        var seen = FeedItemHistory.Decide(false, [], [A]).Seen;
        Article[] read = change switch
        {
            "new item" => [Article("urn:b", "Other story.", "https://news.example/b"), A],
            "changed body" => [A with { Body = "Talks collapse." }],
            "rewritten guid" => [A with { Id = "urn:a2" }],
            _ => [A with { Url = new Uri("https://news.example/a-moved") }],
        };

        var after = FeedItemHistory.Decide(false, seen, read).Seen;

        Assert.False(FeedItemHistory.Same(seen, after));
    }

    [Fact]
    public void Equal_values_in_other_lists_are_the_same_and_order_matters()
    {
        SeenItem one = new("urn:a", ["urn:a"], ["https://news.example/a"], "h1", 1);
        SeenItem two = new("urn:b", ["urn:b"], [], "h2", 2);
        Assert.True(FeedItemHistory.Same([one, two], [one with { ItemIds = ["urn:a"] }, two with { Links = [] }]));
        Assert.False(FeedItemHistory.Same([one, two], [two, one]));
        Assert.False(FeedItemHistory.Same([one], [one with { Version = 2 }]));
        Assert.Throws<ArgumentNullException>(() => FeedItemHistory.Same(null!, []));
    }
}
