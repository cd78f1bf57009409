namespace NewsAlerts.Core.Tests.Health;

using NewsAlerts.Core.Health;
using NewsAlerts.Core.Ports;

/// <summary>
/// Operator review (s36): a text dead-lettered for our Twilio configuration (21212, the From number) showed nothing in
/// <c>GET /api/health</c>. The last fault the dispatcher recorded degrades the report, naming the setting, until a text goes.
/// </summary>
public sealed class An_sms_configuration_fault_degrades_the_health_report
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_recorded_fault_is_degraded_with_its_code_setting_count_and_time()
    {
        var faults = new OneFault { Fault = new SmsConfigurationFault(21212, "Twilio__FromNumber", "the 'From' number is not a valid phone number", At, Attempts: 3, Texts: 3) };

        var report = await new HealthCheck([new SmsConfigurationProbe(faults)], TimeProvider.System).CheckAsync(CancellationToken.None);

        Assert.Equal("degraded", report.Status);
        Assert.True(report.IsHealthy); // it serves: 200, not 503
        var sms = Assert.Single(report.Dependencies);
        Assert.True(sms.Degraded);
        Assert.Equal(
            "Twilio 21212 (the 'From' number is not a valid phone number): fix Twilio__FromNumber; 3 texts refused, the last at 2026-12-02T14:00:00Z",
            sms.Detail);
    }

    [Fact]
    public async Task No_fault_is_healthy()
    {
        var report = await new HealthCheck([new SmsConfigurationProbe(new OneFault())], TimeProvider.System).CheckAsync(CancellationToken.None);

        Assert.Equal("healthy", report.Status);
        Assert.False(Assert.Single(report.Dependencies).Degraded);
    }

    [Theory]
    [InlineData(true, false, "healthy")]
    [InlineData(true, true, "degraded")]
    [InlineData(false, false, "unhealthy")]
    [InlineData(false, true, "unhealthy")] // a dependency down is worse than a setting to fix
    public void The_worst_entry_decides_the_status(bool otherReachable, bool smsDegraded, string status) =>
        Assert.Equal(status, HealthReport.StatusOf([
            new DependencyStatus("tableStorage", otherReachable, "x", 0),
            new DependencyStatus("smsConfiguration", true, "x", 0, smsDegraded),
        ]));

    private sealed class OneFault : ISmsConfigurationFaults
    {
        public SmsConfigurationFault? Fault { get; init; }

        public Task RecordAsync(int code, string setting, string reason, string text, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task ClearAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task RecordFromCallbackAsync(int code, string setting, string reason, string text, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task ClearDeliveredAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<SmsConfigurationFault?> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Fault);
    }
}
