namespace NewsAlerts.Core.Tests.Feeds;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Feeds;

public sealed class Feeds_are_polled_politely
{
    private static readonly PollSettings Settings = PollSettings.Default;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void After_a_success_the_next_poll_is_one_interval_later()
    {
        var now = clock.GetUtcNow();
        Assert.Equal(now.AddMinutes(5), PollSchedule.Next(now, Settings, PollOutcome.Success, 0));
    }

    [Fact]
    public void An_interval_below_the_floor_is_raised_to_the_floor()
    {
        var now = clock.GetUtcNow();
        Assert.Equal(now.AddMinutes(1), PollSchedule.Next(now, Settings with { Interval = TimeSpan.FromSeconds(5) }, PollOutcome.Success, 0));
    }

    [Fact]
    public void Errors_back_off_exponentially_up_to_the_cap()
    {
        var health = FeedHealth.New(clock.GetUtcNow());
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            health = health.After(PollOutcome.Failure("HTTP 500"), clock.GetUtcNow(), Settings);
            waits.Add(health.NextPoll - clock.GetUtcNow());
            clock.SetUtcNow(health.NextPoll);
        }

        Assert.Equal(
            [5, 10, 20, 40, 80, 160, 320, 360, 360, 360],
            waits.Select(w => (int)w.TotalMinutes));
        Assert.Equal(10, health.ConsecutiveFailures);
    }

    [Fact]
    public void A_huge_number_of_failures_stays_at_the_cap()
    {
        var now = clock.GetUtcNow();
        Assert.Equal(now + Settings.MaxBackoff, PollSchedule.Next(now, Settings, PollOutcome.Failure("x"), int.MaxValue));
    }

    [Fact]
    public void A_503_with_Retry_After_120_seconds_moves_the_next_poll_by_120_seconds()
    {
        var now = clock.GetUtcNow();
        var outcome = PollOutcome.Failure("HTTP 503", RetryAfter.Parse("120", now));
        Assert.Equal(now.AddSeconds(120), new FeedHealth(null, null, null, 0, null, now).After(outcome, now, Settings).NextPoll);
    }

    [Fact]
    public void A_429_with_an_HTTP_date_waits_until_that_date()
    {
        var now = clock.GetUtcNow();
        var outcome = PollOutcome.Failure("HTTP 429", RetryAfter.Parse("Mon, 30 Nov 2026 12:30:00 GMT", now));
        Assert.Equal(now.AddMinutes(30), PollSchedule.Next(now, Settings, outcome, 1));
    }

    [Fact]
    public void A_Retry_After_shorter_than_the_floor_or_longer_than_the_cap_is_clamped()
    {
        var now = clock.GetUtcNow();
        Assert.Equal(now + Settings.Floor, PollSchedule.Next(now, Settings, PollOutcome.Failure("HTTP 503", TimeSpan.FromSeconds(1)), 1));
        Assert.Equal(now + Settings.MaxRetryAfter, PollSchedule.Next(now, Settings, PollOutcome.Failure("HTTP 503", RetryAfter.Parse("999999999999", now)), 1));
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData(" 0 ", 0)]
    [InlineData("Mon, 30 Nov 2026 12:02:00 GMT", 120)]
    [InlineData("Monday, 30-Nov-26 12:02:00 GMT", 120)]
    [InlineData("Mon Nov 30 12:02:00 2026", 120)]
    [InlineData("Mon, 30 Nov 2026 11:00:00 GMT", 0)]
    public void Retry_After_is_read_as_seconds_or_an_HTTP_date(string value, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.Parse(value, clock.GetUtcNow()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public void An_unreadable_Retry_After_is_ignored(string? value)
    {
        Assert.Null(RetryAfter.Parse(value, clock.GetUtcNow()));
    }

    [Fact]
    public void A_feed_failing_for_a_day_is_flagged_and_a_success_clears_the_flag()
    {
        var health = FeedHealth.New(clock.GetUtcNow());
        health = health.After(PollOutcome.Failure("timeout"), clock.GetUtcNow(), Settings);
        var failingSince = health.FailingSince;
        clock.Advance(TimeSpan.FromHours(23));
        health = health.After(PollOutcome.Failure("timeout"), clock.GetUtcNow(), Settings);
        Assert.False(health.IsFlagged(clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.True(health.IsFlagged(clock.GetUtcNow()));
        Assert.Equal(failingSince, health.FailingSince);
        Assert.Equal("timeout", health.LastError);

        health = health.After(PollOutcome.Success, clock.GetUtcNow(), Settings);
        Assert.False(health.IsFlagged(clock.GetUtcNow()));
        Assert.Equal(0, health.ConsecutiveFailures);
        Assert.Equal(clock.GetUtcNow(), health.LastSuccess);
        Assert.Equal("timeout", health.LastError);
    }

    [Fact]
    public void Each_validator_is_stored_and_updated_on_its_own()
    {
        var v = FeedValidators.None;
        Assert.Empty(v.RequestHeaders());

        v = v.After(200, "W/\"a1\"", null);
        Assert.Equal(new FeedValidators("W/\"a1\"", null), v);
        Assert.Equal([new("If-None-Match", "W/\"a1\"")], v.RequestHeaders());

        // A 304 that carries only Last-Modified adds it and keeps the ETag.
        v = v.After(304, null, "Mon, 30 Nov 2026 11:00:00 GMT");
        Assert.Equal(new FeedValidators("W/\"a1\"", "Mon, 30 Nov 2026 11:00:00 GMT"), v);

        // A 304 with a new ETag replaces only the ETag.
        v = v.After(304, "\"b2\"", null);
        Assert.Equal(new FeedValidators("\"b2\"", "Mon, 30 Nov 2026 11:00:00 GMT"), v);

        // Errors change nothing; a 200 describes a new representation and replaces both.
        Assert.Equal(v, v.After(503, "\"zz\"", null));
        Assert.Equal(new FeedValidators(null, "Mon, 30 Nov 2026 12:00:00 GMT"), v.After(200, null, "Mon, 30 Nov 2026 12:00:00 GMT"));
        Assert.Equal(
            [new("If-None-Match", "\"b2\""), new("If-Modified-Since", "Mon, 30 Nov 2026 11:00:00 GMT")],
            v.RequestHeaders());
    }
}
