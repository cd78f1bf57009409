namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.RateLimits;

/// <summary>
/// Rate-limit counters shared by every instance: one counter per limit and key, changed only when the decision
/// allows the request, and safely under concurrency (a read-decide-write that is retried when another instance wrote first).
/// </summary>
public interface IRateCounterStore
{
    /// <summary>
    /// Reads the counter of (<paramref name="limit"/>, <paramref name="key"/>), asks <paramref name="decide"/>, and
    /// stores its <see cref="RateDecision.Next"/> when it allows; returns the decision that was stored (or the refusal).
    /// </summary>
    Task<RateDecision> TakeAsync(string limit, string key, Func<RateCounter?, RateDecision> decide, CancellationToken cancellationToken);
}
