namespace NewsAlerts.Core.Tests.Dispatch;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Dispatch;

public sealed class Storage_writes_are_retried_with_growing_waits
{
    [Fact]
    public async Task A_write_that_fails_twice_succeeds_on_the_third_try_after_waiting_half_a_second_then_a_second()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-30T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var tries = new List<DateTimeOffset>();
        var writing = StorageRetries.RunAsync(() =>
        {
            tries.Add(clock.GetUtcNow());
            return tries.Count < 3 ? Task.FromException(new IOException("storage away")) : Task.CompletedTask;
        }, clock);

        await AdvanceUntilAsync(clock, () => writing.IsCompleted);
        await writing;

        // The clock moves in steps while the test waits, so the waits are at least these (never shorter).
        Assert.Equal(3, tries.Count);
        Assert.True(tries[1] - tries[0] >= TimeSpan.FromSeconds(0.5), $"first wait {tries[1] - tries[0]}");
        Assert.True(tries[2] - tries[1] >= TimeSpan.FromSeconds(1), $"second wait {tries[2] - tries[1]}");
    }

    [Fact]
    public async Task A_write_that_keeps_failing_gives_up_with_its_own_exception_after_eight_tries()
    {
        var clock = new FakeTimeProvider();
        var tries = 0;
        var writing = StorageRetries.RunAsync(() => { tries++; return Task.FromException(new IOException("storage away")); }, clock);

        await AdvanceUntilAsync(clock, () => writing.IsCompleted);

        await Assert.ThrowsAsync<IOException>(() => writing);
        Assert.Equal(8, tries);
    }

    [Fact]
    public async Task A_cancellation_is_never_retried()
    {
        var tries = 0;
        await Assert.ThrowsAsync<OperationCanceledException>(() => StorageRetries.RunAsync(
            () => { tries++; return Task.FromException(new OperationCanceledException()); }, new FakeTimeProvider()));
        Assert.Equal(1, tries);
    }

    [Fact]
    public void Waits_for_a_claim_held_elsewhere_grow_to_four_seconds() =>
        Assert.Equal(
            [0.5, 1, 2, 4, 4, 4],
            Enumerable.Range(0, 6).Select(attempt => StorageRetries.ClaimWait(attempt).TotalSeconds));

    // Moves the fake clock a second at a time until the condition holds. Between steps the test waits a little real time
    // so the retry's continuation can register its next wait: under load it may not have done so within one step (a
    // tenth-of-a-second loop with only Task.Yield burnt five simulated minutes in 145 ms at load 65, before the third
    // try). Overshooting a wait is harmless: the tests assert counts and lower bounds. The deadline is real time.
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!done() && DateTime.UtcNow < deadline)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(TimeSpan.FromMilliseconds(5));
        }

        Assert.True(done(), "the write did not finish within a minute of real time");
    }
}
