namespace NewsAlerts.Core.Health;

/// <summary>What one probe saw.</summary>
/// <param name="Name">The dependency's name.</param>
/// <param name="Reachable">Whether it answered.</param>
/// <param name="Detail">A short human-readable detail: the endpoint asked, or why it did not answer.</param>
/// <param name="ElapsedMilliseconds">How long the probe took.</param>
/// <param name="Degraded">
/// It answered, but something an operator must fix is failing (e.g. texts refused for our configuration,
/// <see cref="SmsConfigurationProbe"/>); <see cref="Detail"/> says what and which setting.
/// </param>
public sealed record DependencyStatus(string Name, bool Reachable, string Detail, long ElapsedMilliseconds, bool Degraded = false);
