namespace NewsAlerts.Core.RateLimits;

/// <summary>One limit: at most <paramref name="Limit"/> requests per key in a window of <paramref name="Window"/>.</summary>
/// <param name="Name">The limit's name in answers, metrics and the counters table (e.g. <c>contact</c>).</param>
/// <param name="Limit">How many requests a window allows (at least 1).</param>
/// <param name="Window">How long a window lasts from the first request it counts.</param>
public sealed record RateLimit(string Name, int Limit, TimeSpan Window);
