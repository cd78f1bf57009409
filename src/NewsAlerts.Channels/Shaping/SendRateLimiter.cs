namespace NewsAlerts.Channels.Shaping;

/// <summary>
/// Paces one sender to a number of messages per second: a token bucket holding at most <see cref="Burst"/> tokens,
/// refilled continuously at the rate. Each caller reserves its token in arrival order and waits until it is due, so
/// waiters are served first come, first served. When several processes send through the same sender, each paces
/// itself to its share (<see cref="ShareWith"/>), so together they keep to the sender's rate.
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
    private readonly int? configuredBurst;
    private double tokens;
    private long refilledAt;
    private double rate;

    /// <summary>Creates the limiter; the bucket starts full.</summary>
    /// <param name="messagesPerSecond">The sustained rate.</param>
    /// <param name="time">The clock.</param>
    /// <param name="burst">The most sends allowed at once after a quiet spell (default: a tenth of a second's worth, at least 1).</param>
    public SendRateLimiter(double messagesPerSecond, TimeProvider time, int? burst = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(messagesPerSecond);
        ArgumentNullException.ThrowIfNull(time);
        MessagesPerSecond = messagesPerSecond;
        rate = messagesPerSecond;
        configuredBurst = burst;
        Burst = BurstFor(rate);
        this.time = time;
        tokens = Burst;
        refilledAt = time.GetTimestamp();
    }

    /// <summary>The sender's sustained rate, shared by every process sending through it.</summary>
    public double MessagesPerSecond { get; }

    /// <summary>This process's rate: its share of <see cref="MessagesPerSecond"/>.</summary>
    public double CurrentRate
    {
        get
        {
            lock (gate)
            {
                return rate;
            }
        }
    }

    /// <summary>The bucket size.</summary>
    public int Burst { get; private set; }

    /// <summary>Paces this process to 1/<paramref name="senders"/> of the sender's rate (the processes now sending through it).</summary>
    public void ShareWith(int senders)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(senders);
        lock (gate)
        {
            Refill(time.GetTimestamp());
            rate = MessagesPerSecond / senders;
            Burst = BurstFor(rate);
            tokens = Math.Min(tokens, Burst);
        }
    }

    /// <summary>Waits for the sender's turn.</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TimeSpan wait;
        lock (gate)
        {
            Refill(time.GetTimestamp());
            tokens -= 1;
            wait = tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-tokens / rate);
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

    private int BurstFor(double messagesPerSecond) => configuredBurst ?? Math.Max(1, (int)(messagesPerSecond / 10));

    private void Refill(long now)
    {
        tokens = Math.Min(Burst, tokens + (time.GetElapsedTime(refilledAt, now).TotalSeconds * rate));
        refilledAt = now;
    }
}
