namespace NewsAlerts.Core.Tests.Feeds.WebSub;

using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;

/// <summary><see cref="WebSubPushVerdict"/> (the poll's "is this a feed" rule for a push) and <see cref="FeedLastError"/> (the later error is shown).</summary>
public sealed class A_push_that_is_not_a_feed_is_set_aside
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly FeedItem Item = new("g1", false, "https://news.test/1", "Headline", null, "Body", null, Now, [], null);

    [Fact]
    public void A_feed_with_items_or_a_clean_empty_feed_is_taken()
    {
        Assert.Null(WebSubPushVerdict.Error(new FeedDocument("rss", "News", "en", [Item], [])));
        Assert.Null(WebSubPushVerdict.Error(new FeedDocument("atom", "News", "en", [], [])));
        Assert.Null(WebSubPushVerdict.Error(new FeedDocument("rss", "News", "en", [Item], ["item 2 has no title"])));
    }

    [Fact]
    public void An_html_page_an_empty_body_and_garbage_are_set_aside_in_words()
    {
        Assert.Equal("WebSub push was not a feed: an HTML page", WebSubPushVerdict.Error(new FeedDocument("html", "Server error", null, [], [])));
        Assert.Equal("WebSub push was not a feed: an HTML page", WebSubPushVerdict.Error(new FeedDocument("html", null, null, [], ["not a feed"])));
        Assert.Equal("WebSub push was not a feed: the body is empty", WebSubPushVerdict.Error(FeedDocument.Unreadable("the body is empty")));
        Assert.Equal("WebSub push was not a feed: not XML or JSON", WebSubPushVerdict.Error(new FeedDocument("unknown", null, null, [], ["not XML or JSON"])));
    }

    [Fact]
    public void The_later_of_a_failed_poll_and_a_set_aside_push_is_the_last_error()
    {
        var polled = FeedHealth.New(Now) with { LastError = "HTTP 500", LastErrorAt = Now };
        var subscription = new WebSubSubscription("f1", new Uri("https://hub.test/"), new Uri("https://news.test/feed"), new Uri("https://us.test/api/websub/f1"), new string('a', 64), Now, false, Now.AddDays(1), 86_400, null);

        Assert.Equal(new FeedLastError("HTTP 500", Now), FeedLastError.Of(polled, subscription));
        Assert.Equal(new FeedLastError("pushed", Now.AddMinutes(1)), FeedLastError.Of(polled, subscription with { LastPushError = "pushed", LastPushErrorAt = Now.AddMinutes(1) }));
        Assert.Equal(new FeedLastError("HTTP 500", Now), FeedLastError.Of(polled, subscription with { LastPushError = "pushed", LastPushErrorAt = Now.AddMinutes(-1) }));
        Assert.Equal(new FeedLastError("pushed", Now), FeedLastError.Of(FeedHealth.New(Now), subscription with { LastPushError = "pushed", LastPushErrorAt = Now }));
        Assert.Equal(new FeedLastError(null, null), FeedLastError.Of(FeedHealth.New(Now), null));
    }
}
