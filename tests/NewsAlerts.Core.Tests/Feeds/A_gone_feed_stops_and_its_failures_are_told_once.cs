namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Feeds;

/// <summary>
/// Session 43 (trial LOW #11, as a kind): a feed that answers 404 for ever backs off, capped, and is told once when it
/// starts failing and once when it recovers; one that answers 410 is gone: not polled, flagged, resumed by an editor.
/// </summary>
public sealed class A_gone_feed_stops_and_its_failures_are_told_once
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly PollSettings Settings = PollSettings.Default with { Interval = TimeSpan.FromMinutes(1) };
    private static readonly FeedDocument OneItem = new("rss", "Example", "en", [new FeedItem("g1", true, "https://example.com/1", "Title", null, "Body", null, Now, [], null)], []);

    private static FeedFetch Fetch(int status) => new(status, status == 200 ? OneItem : null, null, null, null, null, null);

    // The health after each status in turn, one poll at each next poll; with the news each poll was worth.
    private static List<(FeedHealth Health, FeedPollNews News)> Polls(params int[] statuses)
    {
        var health = FeedHealth.New(Now);
        var polls = new List<(FeedHealth, FeedPollNews)>();
        foreach (var status in statuses)
        {
            var at = health.NextPoll == FeedHealth.NotPolled ? Now : health.NextPoll;
            var after = health.After(PollOutcome.Of(Fetch(status), at), at, Settings);
            polls.Add((after, FeedPollNewsRule.Of(health, after)));
            health = after;
        }

        return polls;
    }

    [Fact]
    public void A_feed_answering_404_for_ever_backs_off_to_the_cap_and_is_told_once()
    {
        var polls = Polls([.. Enumerable.Repeat(404, 20)]);

        var waits = polls.Zip(polls.Skip(1), (a, b) => b.Health.NextPoll - a.Health.NextPoll).ToList();
        Assert.Equal(TimeSpan.FromMinutes(2), waits[0]);
        Assert.Equal(TimeSpan.FromMinutes(4), waits[1]);
        Assert.All(waits, w => Assert.True(w <= Settings.MaxBackoff));
        Assert.Equal(Settings.MaxBackoff, waits[^1]);
        Assert.Equal([FeedPollNews.Failing], polls.Select(p => p.News).Where(n => n != FeedPollNews.None));
        Assert.Equal(20, polls[^1].Health.ConsecutiveFailures);
        Assert.Null(polls[^1].Health.GoneSince);
    }

    [Fact]
    public void The_success_after_failures_is_told_once_as_a_recovery_then_nothing()
    {
        var news = Polls(404, 404, 503, 200, 200, 304).Select(p => p.News);

        Assert.Equal([FeedPollNews.Failing, FeedPollNews.None, FeedPollNews.None, FeedPollNews.Recovered, FeedPollNews.None, FeedPollNews.None], news);
    }

    [Theory]
    [InlineData(new[] { 410 })]
    [InlineData(new[] { 404, 404, 410 })]
    public void A_410_is_gone_not_polled_flagged_and_told_once(int[] statuses)
    {
        var (health, news) = Polls(statuses)[^1];

        Assert.Equal(FeedPollNews.Gone, news);
        Assert.Equal(FeedHealth.NotPolled, health.NextPoll);
        Assert.NotNull(health.GoneSince);
        Assert.True(health.IsFlagged(Now));
        Assert.Contains("410", health.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gone_feed_resumed_is_due_at_once_gone_again_at_a_410_and_cleared_by_a_success()
    {
        var gone = Polls(410)[0].Health;
        var resumed = gone.Resumed(Now.AddDays(2));

        Assert.Equal(Now.AddDays(2), resumed.NextPoll);
        Assert.Null(resumed.GoneSince);
        Assert.Equal(1, resumed.ConsecutiveFailures);
        var again = resumed.After(PollOutcome.Of(Fetch(410), Now.AddDays(2)), Now.AddDays(2), Settings);
        Assert.Equal((FeedHealth.NotPolled, FeedPollNews.Gone), (again.NextPoll, FeedPollNewsRule.Of(resumed, again)));
        var back = resumed.After(PollOutcome.Of(Fetch(200), Now.AddDays(2)), Now.AddDays(2), Settings);
        Assert.Equal((0, FeedPollNews.Recovered), (back.ConsecutiveFailures, FeedPollNewsRule.Of(resumed, back)));
        Assert.False(back.IsFlagged(Now.AddDays(2)));
        Assert.Same(back, back.Resumed(Now));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(0)]
    public void Only_410_is_gone(int status) => Assert.False(PollOutcome.Of(Fetch(status) with { Error = status == 0 ? "refused" : null }, Now).Gone);
}
