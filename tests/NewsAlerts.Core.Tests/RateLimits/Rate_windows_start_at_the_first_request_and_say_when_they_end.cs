namespace NewsAlerts.Core.Tests.RateLimits;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.RateLimits;

public sealed class Rate_windows_start_at_the_first_request_and_say_when_they_end
{
    private static readonly RateLimit ThreePerDay = new("contact", 3, TimeSpan.FromHours(24));
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 23, 59, 0, TimeSpan.Zero));

    [Fact]
    public void The_limit_passes_then_refuses_with_the_time_left_in_the_window()
    {
        var start = clock.GetUtcNow();
        RateCounter? counter = null;
        var decisions = new List<RateDecision>();
        for (var i = 0; i < 4; i++)
        {
            var decision = RateWindow.Decide(counter, ThreePerDay, clock.GetUtcNow());
            decisions.Add(decision);
            counter = decision.Allowed ? decision.Next : counter;
            clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal([true, true, true, false], decisions.Select(d => d.Allowed));
        Assert.Equal(new RateCounter(start, 3), counter);
        Assert.Equal(TimeSpan.FromHours(21), decisions[3].RetryAfter);
        Assert.Equal(21 * 3600, decisions[3].RetryAfterSeconds);
    }

    [Fact]
    // Anchored at the first request, the window does not end at midnight: a burst across it gets no second allowance.
    public void Crossing_midnight_or_the_hour_does_not_start_a_new_window()
    {
        var counter = new RateCounter(clock.GetUtcNow(), 3);
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.False(RateWindow.Decide(counter, ThreePerDay, clock.GetUtcNow()).Allowed);
    }

    [Fact]
    public void The_window_ends_exactly_its_length_after_the_first_request_and_a_new_one_starts_then()
    {
        var counter = new RateCounter(clock.GetUtcNow(), 3);
        clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromTicks(1));
        var justBefore = RateWindow.Decide(counter, ThreePerDay, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromTicks(1));
        var atTheEnd = RateWindow.Decide(counter, ThreePerDay, clock.GetUtcNow());

        Assert.False(justBefore.Allowed);
        Assert.Equal(1, justBefore.RetryAfterSeconds);
        Assert.True(atTheEnd.Allowed);
        Assert.Equal(new RateCounter(clock.GetUtcNow(), 1), atTheEnd.Next);
    }

    [Fact]
    // Another instance's clock may run a little ahead: its window counts, it does not restart.
    public void A_window_that_starts_slightly_in_the_future_is_the_current_window()
    {
        var counter = new RateCounter(clock.GetUtcNow() + TimeSpan.FromSeconds(2), 3);

        var decision = RateWindow.Decide(counter, ThreePerDay, clock.GetUtcNow());

        Assert.False(decision.Allowed);
        Assert.Equal(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(2), decision.RetryAfter);
    }

    [Fact]
    public void Retry_after_rounds_up_to_whole_seconds_and_is_never_zero()
    {
        Assert.Equal(2, new RateDecision(false, null, TimeSpan.FromMilliseconds(1001)).RetryAfterSeconds);
        Assert.Equal(1, new RateDecision(false, null, TimeSpan.Zero).RetryAfterSeconds);
    }

    [Fact]
    public void A_request_given_back_lowers_its_own_window_only()
    {
        var takenAt = clock.GetUtcNow();
        var counter = new RateCounter(takenAt - TimeSpan.FromHours(1), 3);
        var later = takenAt + TimeSpan.FromSeconds(1);

        var givenBack = RateWindow.GiveBack(counter, ThreePerDay, takenAt, later);
        var afterTheWindow = RateWindow.GiveBack(counter, ThreePerDay, takenAt, counter.WindowStart + ThreePerDay.Window);
        var restartedSince = RateWindow.GiveBack(new RateCounter(takenAt + TimeSpan.FromMinutes(5), 1), ThreePerDay, takenAt, later + TimeSpan.FromMinutes(5));
        var atZero = RateWindow.GiveBack(counter with { Count = 0 }, ThreePerDay, takenAt, later);
        var none = RateWindow.GiveBack(null, ThreePerDay, takenAt, later);

        Assert.Equal(new RateDecision(true, counter with { Count = 2 }, TimeSpan.Zero), givenBack);
        Assert.False(afterTheWindow.Allowed);
        Assert.False(restartedSince.Allowed);
        Assert.False(atZero.Allowed);
        Assert.False(none.Allowed);
    }
}
