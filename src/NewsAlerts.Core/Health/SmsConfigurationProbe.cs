namespace NewsAlerts.Core.Health;

using NewsAlerts.Core.Ports;

/// <summary>
/// The health entry <c>smsConfiguration</c>: degraded, naming the setting to fix, while the last SMS configuration fault
/// the dispatcher recorded (<see cref="ISmsConfigurationFaults"/>) has not been followed by a text that went. Texts are
/// then failing for every subscriber, yet nothing is down, so it degrades the report rather than failing it.
/// </summary>
public sealed class SmsConfigurationProbe(ISmsConfigurationFaults faults) : IDependencyProbe
{
    /// <inheritdoc />
    public string Name => "smsConfiguration";

    /// <inheritdoc />
    public async Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken) =>
        await faults.GetAsync(cancellationToken) is { } fault
            ? new DependencyStatus(Name, true, fault.Describe(), 0, Degraded: true)
            : new DependencyStatus(Name, true, "no configuration fault since the last text that went", 0);
}
