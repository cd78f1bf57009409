namespace NewsAlerts.Core.Dispatch;

/// <summary>
/// The dispatchers' patience with storage (alerts and digests alike): a read or write that fails while storage is away for a
/// moment (a restart) is tried again with growing waits, about a minute in all, and a claim held by another worker is
/// asked for again after a short wait that grows to four seconds.
/// </summary>
public static class StorageRetries
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4),
        TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)];

    /// <summary>The wait before asking again for a claim held elsewhere, after <paramref name="attempt"/> (from 0) tries: 0.5 s, 1 s, 2 s, then 4 s.</summary>
    public static TimeSpan ClaimWait(int attempt) => Backoff[Math.Clamp(attempt, 0, 3)];

    /// <summary>
    /// Runs <paramref name="write"/>, trying again after each failure with waits of 0.5, 1, 2, 4, 8, 15 and 30 s on
    /// <paramref name="clock"/>; a cancellation is never retried.
    /// </summary>
    /// <exception cref="Exception">The write's own exception, once the last wait is used up.</exception>
    public static async Task RunAsync(Func<Task> write, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(clock);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await write();
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < Backoff.Length)
            {
                await Task.Delay(Backoff[attempt], clock, CancellationToken.None);
            }
        }
    }
}
