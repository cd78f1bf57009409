namespace NewsAlerts.Core.RateLimits;

/// <summary>A request refused by a limit: which one, and how long until it would pass.</summary>
/// <param name="Limit">The limit that refused (its <see cref="RateLimit.Name"/>).</param>
/// <param name="RetryAfterSeconds">Whole seconds until the window ends (at least 1), for <c>Retry-After</c>.</param>
public sealed record RateLimitRefusal(string Limit, int RetryAfterSeconds);
