namespace NewsAlerts.Core.Health;

using System.Text.Json.Serialization;

/// <summary>The answer of <c>GET /api/health</c>.</summary>
/// <param name="Status"><c>healthy</c> when every dependency answered, otherwise <c>unhealthy</c>.</param>
/// <param name="Version">The application's informational version.</param>
/// <param name="CheckedAt">When the probes ran.</param>
/// <param name="Dependencies">One entry per dependency, in a stable order.</param>
public sealed record HealthReport(string Status, string Version, DateTimeOffset CheckedAt, IReadOnlyList<DependencyStatus> Dependencies)
{
    /// <summary>True when every dependency answered.</summary>
    [JsonIgnore]
    public bool IsHealthy => Dependencies.All(d => d.Reachable);
}
