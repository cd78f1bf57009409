namespace NewsAlerts.Core.RateLimits;

/// <summary>Whether one more request is within a limit, and the counter to store when it is.</summary>
/// <param name="Allowed">Whether the request may go ahead.</param>
/// <param name="Next">The counter to store (allowed), or the current one (refused; null when unknown).</param>
/// <param name="RetryAfter">How long until the window ends and a request is allowed again (zero when allowed).</param>
public sealed record RateDecision(bool Allowed, RateCounter? Next, TimeSpan RetryAfter)
{
    /// <summary>The <c>Retry-After</c> header value: whole seconds, rounded up, at least 1.</summary>
    public int RetryAfterSeconds => (int)Math.Min(int.MaxValue, Math.Max(1, Math.Ceiling(RetryAfter.TotalSeconds)));
}
