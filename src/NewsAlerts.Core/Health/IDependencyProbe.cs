namespace NewsAlerts.Core.Health;

/// <summary>Checks whether one external dependency (Table storage, Service Bus, ...) answers.</summary>
public interface IDependencyProbe
{
    /// <summary>The dependency's name as it appears in the health report, e.g. <c>tableStorage</c>.</summary>
    string Name { get; }

    /// <summary>Asks the dependency for something cheap; throws or returns an unhealthy status when it does not answer.</summary>
    Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken);
}
