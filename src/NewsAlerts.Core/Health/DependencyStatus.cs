namespace NewsAlerts.Core.Health;

/// <summary>What one probe saw.</summary>
/// <param name="Name">The dependency's name.</param>
/// <param name="Reachable">Whether it answered.</param>
/// <param name="Detail">A short human-readable detail: the endpoint asked, or why it did not answer.</param>
/// <param name="ElapsedMilliseconds">How long the probe took.</param>
public sealed record DependencyStatus(string Name, bool Reachable, string Detail, long ElapsedMilliseconds);
