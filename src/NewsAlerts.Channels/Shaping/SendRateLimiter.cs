namespace NewsAlerts.Channels.Shaping;

/// <summary>
/// Paces one sender to a number of messages per second: a token bucket holding at most <see cref="Burst"/> tokens,
/// refilled continuously at the rate. Each caller reserves its token in arrival order and waits until it is due, so
/// waiters are served first come, first served.
/// </summary>
/// <remarks>
/// Not <c>System.Threading.RateLimiting.TokenBucketRateLimiter</c>: that one measures elapsed time with its own
/// stopwatch even when replenished by hand, so it cannot follow an injected <see cref="TimeProvider"/> and its timing
/// could only be tested with real sleeps.
/// </remarks>
public sealed class SendRateLimiter
{
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private double tokens;
    private long refilledAt;

    /// <summary>Creates the limiter; the bucket starts full.</summary>
    /// <param name="messagesPerSecond">The sustained rate.</param>
    /// <param name="time">The clock.</param>
    /// <param name="burst">The most sends allowed at once after a quiet spell (default: a tenth of a second's worth, at least 1).</param>
    public SendRateLimiter(double messagesPerSecond, TimeProvider time, int? burst = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(messagesPerSecond);
        ArgumentNullException.ThrowIfNull(time);
        MessagesPerSecond = messagesPerSecond;
        Burst = burst ?? Math.Max(1, (int)(messagesPerSecond / 10));
        this.time = time;
        tokens = Burst;
        refilledAt = time.GetTimestamp();
    }

    /// <summary>The sustained rate.</summary>
    public double MessagesPerSecond { get; }

    /// <summary>The bucket size.</summary>
    public int Burst { get; }

    /// <summary>Waits for the sender's turn.</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TimeSpan wait;
        lock (gate)
        {
            var now = time.GetTimestamp();
            tokens = Math.Min(Burst, tokens + (time.GetElapsedTime(refilledAt, now).TotalSeconds * MessagesPerSecond));
            refilledAt = now;
            tokens -= 1;
            wait = tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-tokens / MessagesPerSecond);
        }

        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(wait, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            lock (gate)
            {
                // Give the reserved token back, so a cancelled waiter does not slow the others down.
                tokens += 1;
            }

            throw;
        }
    }
}
