namespace NewsAlerts.Channels.Shaping;

/// <summary>
/// How transient failures are retried: at most <see cref="MaxAttempts"/> sends, waiting the provider's Retry-After
/// when it gave one, else exponential backoff (<see cref="BaseDelay"/> × 2^(n-1), capped at <see cref="MaxDelay"/>)
/// with full jitter so a burst of failures does not retry in lockstep.
/// </summary>
/// <param name="MaxAttempts">Sends in all, the first included.</param>
/// <param name="BaseDelay">The backoff before the second attempt (before jitter).</param>
/// <param name="MaxDelay">The longest wait between attempts, Retry-After included.</param>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    /// <summary>4 attempts, 1 s base, 30 s cap: at most about a minute before a failure goes back to the dispatcher.</summary>
    public static RetryPolicy Default { get; } = new(4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    /// <summary>
    /// For confirmation messages, sent while an HTTP request waits: 3 attempts, 1 s base, a provider's Retry-After
    /// honoured up to 30 s. The request's own deadline (<c>Alerts:ConfirmationDeadlineSeconds</c>) bounds the whole
    /// send: a wait that would pass it is cut there and the message answered as not sent yet, never sent early.
    /// </summary>
    public static RetryPolicy Confirmations { get; } = new(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based); <paramref name="random"/> is in [0, 1).</summary>
    public TimeSpan DelayAfter(int attempt, TimeSpan? retryAfter, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        if (retryAfter is { } asked)
        {
            return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > MaxDelay ? MaxDelay : asked;
        }

        var exponential = BaseDelay * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = exponential > MaxDelay ? MaxDelay : exponential;
        // "Equal jitter": at least half the backoff, so retries never come back immediately.
        return (capped / 2) + (capped / 2 * random);
    }
}
