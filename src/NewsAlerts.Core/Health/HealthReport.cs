namespace NewsAlerts.Core.Health;

using System.Text.Json.Serialization;

/// <summary>The answer of <c>GET /api/health</c>.</summary>
/// <param name="Status">
/// <c>unhealthy</c> when a dependency did not answer (503), else <c>degraded</c> when one answered degraded (200: it
/// serves, an operator fixes a setting), else <c>healthy</c> (<see cref="StatusOf"/>).
/// </param>
/// <param name="Version">The application's informational version.</param>
/// <param name="CheckedAt">When the probes ran.</param>
/// <param name="Dependencies">One entry per dependency, in a stable order.</param>
public sealed record HealthReport(string Status, string Version, DateTimeOffset CheckedAt, IReadOnlyList<DependencyStatus> Dependencies)
{
    /// <summary>True when every dependency answered.</summary>
    [JsonIgnore]
    public bool IsHealthy => Dependencies.All(d => d.Reachable);

    /// <summary>The report's status over <paramref name="dependencies"/>: <c>unhealthy</c>, <c>degraded</c> or <c>healthy</c>, the worst first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dependencies"/> is null.</exception>
    public static string StatusOf(IReadOnlyCollection<DependencyStatus> dependencies)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        return dependencies.Any(d => !d.Reachable) ? "unhealthy" : dependencies.Any(d => d.Degraded) ? "degraded" : "healthy";
    }
}
