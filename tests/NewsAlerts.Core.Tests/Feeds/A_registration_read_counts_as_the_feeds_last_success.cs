namespace NewsAlerts.Core.Tests.Feeds;

using NewsAlerts.Core.Feeds;

/// <summary>
/// Trial r36 #15: <c>POST /api/feeds</c> answered <c>health.lastSuccess: null</c> beside <c>lastStatus 200</c> and
/// <c>primed true</c>. The registration's read is a successful read of the feed, so health shows it.
/// </summary>
public sealed class A_registration_read_counts_as_the_feeds_last_success
{
    [Fact]
    public void The_state_after_registration_has_its_read_as_last_success_and_no_failures()
    {
        var now = new DateTimeOffset(2026, 12, 2, 9, 41, 0, TimeSpan.Zero);

        var state = FeedBaseline.State(new Uri("https://feeds.example/a.xml"), new FeedFetch(200, null, "\"v1\"", null, null, null, null), now);

        Assert.Equal(now, state.Health.LastSuccess);
        Assert.Equal(0, state.Health.ConsecutiveFailures);
        Assert.Null(state.Health.FailingSince);
        Assert.True(state.Primed);
    }
}
