namespace NewsAlerts.Azure.Subscribers;

using NewsAlerts.Core.Health;

/// <summary>
/// The loop behind the instance's replica refreshers and the Dispatcher's sender shares: refresh now, then once per
/// period until stopped; a failed refresh (a storage hiccup) is reported and the next tick tries again, so refreshing
/// never stops on an error. A streak of failures is two reports, its first failure and the recovery.
/// </summary>
public static class PeriodicRefresh
{
    /// <summary>
    /// Runs <paramref name="refresh"/> every <paramref name="period"/> (on <paramref name="time"/>'s clock) until
    /// <paramref name="stoppingToken"/> is cancelled; returns then, never throwing.
    /// </summary>
    /// <param name="refresh">One refresh.</param>
    /// <param name="period">The time between the starts of two refreshes.</param>
    /// <param name="time">The clock the period is measured on.</param>
    /// <param name="failed">Reports a refresh that threw while not stopping, once per streak of failures (<see cref="FailureStreak"/>): the repeats are counted, not reported.</param>
    /// <param name="recovered">Reports the first refresh that worked after a streak: how many failed, since when.</param>
    /// <param name="stoppingToken">Stops the loop.</param>
    public static async Task RunAsync(
        Func<CancellationToken, Task> refresh,
        TimeSpan period,
        TimeProvider time,
        Action<Exception> failed,
        Action<int, DateTimeOffset> recovered,
        CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(failed);
        ArgumentNullException.ThrowIfNull(recovered);
        using var timer = new PeriodicTimer(period, time);
        var streak = new FailureStreak();
        do
        {
            try
            {
                await refresh(stoppingToken);
                if (streak.Succeeded() is { } ended)
                {
                    recovered(ended.Failures, ended.Since);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Includes an SDK timeout (a cancellation of its own): the next tick tries again; a dependency that is
                // down fails every tick, and only the first failure of the streak is reported (trial r41 #1).
                if (streak.Failed(time.GetUtcNow()))
                {
                    failed(ex);
                }
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: whatever the refresh in flight ran into is no news (storage may be going down too).
                return;
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
