namespace NewsAlerts.Core.Tests.Feeds.WebSub;

using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Trial r33 #9: a feed whose pushed body turned to truncated XML showed only a last error, with failures 0 and the next
/// poll an hour away. Such a push counts as a failure (flagged after a day of them) and brings the next poll forward.
/// </summary>
public sealed class A_push_that_is_not_a_feed_counts_as_a_failure
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 23, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Floor = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_healthy_feed_fails_once_and_is_polled_within_the_floor()
    {
        var healthy = new FeedHealth(Now.AddMinutes(-5), null, null, 0, null, Now.AddHours(1));

        var after = healthy.AfterBadPush("WebSub push was not a feed: Unexpected end of file", Now, Floor);

        Assert.Equal(1, after.ConsecutiveFailures);
        Assert.Equal(Now, after.FailingSince);
        Assert.Equal(Now + Floor, after.NextPoll);
        Assert.Equal(Now.AddMinutes(-5), after.LastSuccess);
        Assert.Equal("WebSub push was not a feed: Unexpected end of file", after.LastError);
        Assert.False(after.IsFlagged(Now));
    }

    [Fact]
    public void A_day_of_bad_pushes_flags_the_feed_and_an_earlier_poll_is_kept()
    {
        var failing = new FeedHealth(null, "x", Now.AddDays(-1), 3, Now.AddDays(-1), Now.AddSeconds(10));

        var after = failing.AfterBadPush("WebSub push was not a feed: an HTML page", Now, Floor);

        Assert.Equal(4, after.ConsecutiveFailures);
        Assert.Equal(Now.AddDays(-1), after.FailingSince);
        Assert.Equal(Now.AddSeconds(10), after.NextPoll);
        Assert.True(after.IsFlagged(Now));
    }

    [Fact]
    public async Task The_push_is_recorded_unless_a_poll_holds_the_feed()
    {
        var store = new InMemoryFeedStore();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        var id = await store.AddAsync(new FeedRegistration("f1", new Uri("https://news.example/feed.xml"), TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), false, Now), FeedState.New(new Uri("https://news.example/feed.xml"), Now), CancellationToken.None);
        var failures = new WebSubPushFailures(store, time, Floor);

        Assert.True(await failures.RecordAsync("f1", "WebSub push was not a feed: an empty body", CancellationToken.None));
        Assert.Equal(1, (await store.GetAsync("f1", CancellationToken.None))!.State.Health.ConsecutiveFailures);

        var lease = await store.TryLeaseAsync("f1", Now.AddMinutes(2), TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.NotNull(lease);
        time.Advance(TimeSpan.FromMinutes(3));
        Assert.False(await failures.RecordAsync("f1", "WebSub push was not a feed: an empty body", CancellationToken.None));
        Assert.False(await failures.RecordAsync("gone", "WebSub push was not a feed: an empty body", CancellationToken.None));
        Assert.Null(id);
    }
}
