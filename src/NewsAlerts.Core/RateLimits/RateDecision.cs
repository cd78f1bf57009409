namespace NewsAlerts.Core.RateLimits;

/// <summary>Whether one more request is within a limit, and the counter to store when it is.</summary>
/// <param name="Allowed">Whether the request may go ahead.</param>
/// <param name="Next">The counter to store (allowed), or the current one (refused; null when unknown).</param>
/// <param name="RetryAfter">How long until the window ends and a request is allowed again (zero when allowed).</param>
public sealed record RateDecision(bool Allowed, RateCounter? Next, TimeSpan RetryAfter)
{
    /// <summary>
    /// Why a refusal was not the limit's own: <see cref="RateLimits.SignUpLimits.Contention"/> (every conditional write
    /// lost to another instance) or <see cref="RateLimits.SignUpLimits.Unavailable"/> (the counters' storage failed);
    /// null for an ordinary decision.
    /// </summary>
    public string? Cause { get; init; }

    /// <summary>The <c>Retry-After</c> header value: whole seconds, rounded up, at least 1.</summary>
    public int RetryAfterSeconds => (int)Math.Min(int.MaxValue, Math.Max(1, Math.Ceiling(RetryAfter.TotalSeconds)));
}
