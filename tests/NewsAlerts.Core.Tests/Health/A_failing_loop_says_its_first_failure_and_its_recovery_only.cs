namespace NewsAlerts.Core.Tests.Health;

using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Azure.Subscribers;
using NewsAlerts.Core.Health;
using NewsAlerts.Testing;

/// <summary>
/// Trial r41 #1: with Azurite gone, every refresh loop, timer and queue receiver logged a stack trace per attempt, about
/// 640 lines a minute. A streak of failures is now said twice: its first failure, and the first success after it.
/// </summary>
public sealed class A_failing_loop_says_its_first_failure_and_its_recovery_only
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_failure_of_a_streak_is_reported_and_its_repeats_are_counted()
    {
        var streak = new FailureStreak();

        Assert.True(streak.Failed(Noon));
        Assert.False(streak.Failed(Noon.AddSeconds(2)));
        Assert.False(streak.Failed(Noon.AddHours(1)));
        Assert.Equal((3, Noon), streak.Succeeded());
    }

    [Fact]
    public void A_success_with_nothing_failing_ends_no_streak_and_a_failure_after_a_recovery_is_reported_again()
    {
        var streak = new FailureStreak();

        Assert.Null(streak.Succeeded());
        Assert.True(streak.Failed(Noon));
        Assert.Equal((1, Noon), streak.Succeeded());
        Assert.Null(streak.Succeeded());
        Assert.True(streak.Failed(Noon.AddMinutes(5)));
    }

    [Fact]
    public void With_a_quiet_period_a_failure_after_that_long_without_one_starts_a_new_streak()
    {
        var streak = new FailureStreak(TimeSpan.FromMinutes(1));

        Assert.True(streak.Failed(Noon));
        Assert.False(streak.Failed(Noon.AddSeconds(59)));
        Assert.False(streak.Failed(Noon.AddSeconds(118)));
        Assert.True(streak.Failed(Noon.AddSeconds(179)));
        Assert.Equal((1, Noon.AddSeconds(179)), streak.Succeeded());
    }

    [Fact]
    public async Task A_refresh_loop_reports_five_failures_in_a_row_once_then_its_recovery_then_a_new_failure()
    {
        var time = new FakeTimeProvider(Noon);
        var period = TimeSpan.FromSeconds(2);
        var attempts = 0;
        var failing = true;
        var failures = new ConcurrentQueue<Exception>();
        var recoveries = new ConcurrentQueue<(int Failures, DateTimeOffset Since)>();
        using var stop = new CancellationTokenSource();
        var loop = PeriodicRefresh.RunAsync(
            _ =>
            {
                Interlocked.Increment(ref attempts);
                return Volatile.Read(ref failing) ? Task.FromException(new IOException("Connection refused (127.0.0.1:10002)")) : Task.CompletedTask;
            },
            period,
            time,
            failures.Enqueue,
            (count, since) => recoveries.Enqueue((count, since)),
            stop.Token);

        await AttemptsAsync(1);
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            time.Advance(period);
            await AttemptsAsync(attempt);
        }

        Assert.Single(failures);
        Assert.Empty(recoveries);

        Volatile.Write(ref failing, false);
        time.Advance(period);
        await AttemptsAsync(6);
        await Eventually.TrueAsync(() => Task.FromResult(!recoveries.IsEmpty), "the recovery to be reported");
        Assert.Equal((5, Noon), Assert.Single(recoveries));

        Volatile.Write(ref failing, true);
        time.Advance(period);
        await AttemptsAsync(7);
        await Eventually.TrueAsync(() => Task.FromResult(failures.Count == 2), "a failure after the recovery to be reported");
        Assert.Single(recoveries);

        await stop.CancelAsync();
        await loop;

        Task AttemptsAsync(int count) =>
            Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref attempts) >= count), $"refresh attempt {count}");
    }
}
