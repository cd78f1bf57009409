namespace NewsAlerts.Functions.Health;

/// <summary>The answer of <c>GET /api/health/live</c>.</summary>
/// <param name="Status">Always <c>alive</c> (a process that cannot answer gives no body at all).</param>
/// <param name="Version">The application's informational version.</param>
/// <param name="CheckedAt">When the answer was made (UTC).</param>
public sealed record LivenessReport(string Status, string Version, DateTimeOffset CheckedAt);
