namespace NewsAlerts.Channels.Shaping;

using NewsAlerts.Core.Delivery;

/// <summary>
/// Runs sends of one sender at its rate, retrying transient failures by a <see cref="RetryPolicy"/>. All waiting is
/// on the injected <see cref="TimeProvider"/>; jitter comes from the injected <see cref="Random"/>.
/// </summary>
public sealed class DeliveryShaper(SendRateLimiter limiter, RetryPolicy policy, TimeProvider time, Random random)
{
    // Random is not thread-safe and sends run concurrently.
    private readonly Lock randomGate = new();

    /// <summary>Sends with pacing and retries; returns the first non-transient outcome, or the last transient one.</summary>
    public async Task<SendOutcome> SendAsync(Func<CancellationToken, Task<SendOutcome>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        for (var attempt = 1; ; attempt++)
        {
            await limiter.WaitTurnAsync(cancellationToken);
            var outcome = await send(cancellationToken);
            if (outcome.Status != SendStatus.TransientFailure || attempt >= policy.MaxAttempts)
            {
                return outcome;
            }

            double jitter;
            lock (randomGate)
            {
                jitter = random.NextDouble();
            }

            await Task.Delay(policy.DelayAfter(attempt, outcome.RetryAfter, jitter), time, cancellationToken);
        }
    }
}
