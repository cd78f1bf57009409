namespace NewsAlerts.Core.Caps;

/// <summary>What counting one alert against a daily cap decided.</summary>
/// <param name="Allowed">Whether the alert may go (counted now, or counted before under the same key).</param>
/// <param name="Next">The count to store, or null when nothing changes (already counted, or over the cap).</param>
public sealed record CapTake(bool Allowed, CapCount? Next);
