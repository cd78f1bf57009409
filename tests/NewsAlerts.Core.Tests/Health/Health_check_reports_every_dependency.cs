namespace NewsAlerts.Core.Tests.Health;

using NewsAlerts.Core.Health;

public sealed class Health_check_reports_every_dependency
{
    [Fact]
    public async Task All_answering_dependencies_make_a_healthy_report()
    {
        var check = new HealthCheck([new Answering("tableStorage"), new Answering("serviceBus")], TimeProvider.System);

        var report = await check.CheckAsync(CancellationToken.None);

        Assert.True(report.IsHealthy);
        Assert.Equal("healthy", report.Status);
        Assert.Equal(["tableStorage", "serviceBus"], report.Dependencies.Select(d => d.Name));
        Assert.False(string.IsNullOrEmpty(report.Version));
    }

    [Fact]
    public async Task A_throwing_probe_is_reported_unreachable_with_the_first_line_of_its_error()
    {
        var check = new HealthCheck([new Answering("tableStorage"), new Throwing("serviceBus")], TimeProvider.System);

        var report = await check.CheckAsync(CancellationToken.None);

        Assert.False(report.IsHealthy);
        Assert.Equal("unhealthy", report.Status);
        var failed = report.Dependencies.Single(d => d.Name == "serviceBus");
        Assert.False(failed.Reachable);
        Assert.Equal("connection refused", failed.Detail);
    }

    [Fact]
    public async Task A_probe_that_never_answers_is_cut_off_by_the_timeout()
    {
        var time = new ManualTime();
        var check = new HealthCheck([new Hanging("serviceBus")], time);

        var pending = check.CheckAsync(CancellationToken.None);
        await Eventually(() => time.TimerCount > 0);
        time.Advance(HealthCheck.ProbeTimeout);
        var report = await pending;

        Assert.False(report.Dependencies.Single().Reachable);
        Assert.Contains("no answer within", report.Dependencies.Single().Detail, StringComparison.Ordinal);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }

    private sealed class Answering(string name) : IDependencyProbe
    {
        public string Name => name;

        public Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken) => Task.FromResult(new DependencyStatus(name, true, "ok", 0));
    }

    private sealed class Throwing(string name) : IDependencyProbe
    {
        public string Name => name;

        public Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("connection refused\nat somewhere");
    }

    private sealed class Hanging(string name) : IDependencyProbe
    {
        public string Name => name;

        public async Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
            return new DependencyStatus(name, true, "never", 0);
        }
    }
}
