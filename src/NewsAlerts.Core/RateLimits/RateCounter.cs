namespace NewsAlerts.Core.RateLimits;

/// <summary>The state of one counter: when its window started and how many requests it has counted.</summary>
/// <param name="WindowStart">The time of the first request of the window (UTC).</param>
/// <param name="Count">Requests counted in the window (at least 1).</param>
public sealed record RateCounter(DateTimeOffset WindowStart, int Count);
