namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Feeds;

/// <summary>
/// Session 44: a feed gone after a <c>410</c> showed <c>nextPoll</c> as 9999-01-01 (the store's "never due"), and a paused
/// feed a time it would not be polled at. Every feed that is not polled has no next poll but a state and its start, in
/// the API and in words; the store keeps its never-due date to itself.
/// </summary>
public sealed class Feed_polling_is_told_without_a_far_future_date
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);
    private static readonly FeedRegistration Feed = new("f1", new Uri("https://news.example/feed.xml"), TimeSpan.FromMinutes(5), 5, "en", null, new Dictionary<string, string>(), false, Now);

    private static FeedHealth Gone => FeedHealth.New(Now).After(PollOutcome.Of(new FeedFetch(410, null, null, null, null, null, null), Now), Now, PollSettings.Default);

    [Fact]
    public void A_gone_feed_has_no_next_poll_but_its_state_and_since_when()
    {
        var polling = FeedPolling.Of(Feed, Gone);

        Assert.Equal((FeedPollingState.Gone, (DateTimeOffset?)null, (DateTimeOffset?)Now), (polling.State, polling.NextPoll, polling.Since));
        Assert.Equal("not polled: gone (410) since 2026-12-03 17:00 UTC", polling.Words());
    }

    [Fact]
    public void A_paused_feed_has_no_next_poll_and_says_who_paused_it()
    {
        var paused = new FeedChanges(null, null, null, null, null, null, true) { PausedBy = "dev --no-demo" }.ApplyTo(Feed, Now);
        var byAnEditor = new FeedChanges(null, null, null, null, null, null, true).ApplyTo(Feed, Now);

        Assert.Equal((FeedPollingState.Paused, (DateTimeOffset?)null), (FeedPolling.Of(paused, FeedHealth.New(Now)).State, FeedPolling.Of(paused, FeedHealth.New(Now)).NextPoll));
        Assert.Equal("not polled: paused by dev --no-demo since 2026-12-03 17:00 UTC", FeedPolling.Of(paused, FeedHealth.New(Now)).Words());
        Assert.Equal("not polled: paused since 2026-12-03 17:00 UTC", FeedPolling.Of(byAnEditor, Gone).Words());
    }

    [Fact]
    public void A_scheduled_feed_shows_its_next_poll()
    {
        var polling = FeedPolling.Of(Feed, FeedHealth.New(Now.AddMinutes(5)));

        Assert.Equal((FeedPollingState.Scheduled, (DateTimeOffset?)Now.AddMinutes(5)), (polling.State, polling.NextPoll));
        Assert.Equal("next poll at 2026-12-03 17:05 UTC", polling.Words());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Words_from_the_store_alone_never_show_the_year_9999(bool goneSinceKnown)
    {
        var words = FeedPolling.Words(FeedHealth.NotPolled, goneSinceKnown ? Now : null);

        Assert.StartsWith("not polled: gone (410)", words, StringComparison.Ordinal);
        Assert.DoesNotContain("9999", words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404, "HTTP 404 (not found)")]
    [InlineData(401, "HTTP 401 (unauthorized: the feed needs credentials)")]
    [InlineData(503, "HTTP 503 (service unavailable)")]
    [InlineData(418, "HTTP 418")]
    public void A_failed_status_is_told_with_its_meaning(int status, string error) =>
        Assert.Equal(error, PollOutcome.Of(new FeedFetch(status, null, null, null, null, null, null), Now).Error);

    [Theory]
    [InlineData("https://user:pass@news.example/feed.xml", "https://***@news.example/feed.xml", "https://***@news.example")]
    [InlineData("https://news.example:8443/feed.xml?a=1", "https://news.example:8443/feed.xml?a=1", "https://news.example:8443")]
    [InlineData("http://token@news.example/", "http://***@news.example/", "http://***@news.example")]
    public void A_url_is_shown_without_its_credentials(string url, string shown, string authority)
    {
        Assert.Equal(shown, ShownUrl.Of(new Uri(url)));
        Assert.Equal(authority, ShownUrl.Authority(new Uri(url)));
    }
}
