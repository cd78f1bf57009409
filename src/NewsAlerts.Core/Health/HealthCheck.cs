namespace NewsAlerts.Core.Health;

using System.Reflection;

/// <summary>Runs every registered <see cref="IDependencyProbe"/> in parallel, each bounded by a timeout.</summary>
public sealed class HealthCheck(IEnumerable<IDependencyProbe> probes, TimeProvider timeProvider)
{
    /// <summary>How long one probe may take before it counts as not answering.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The application's informational version (the entry assembly's, else this library's).</summary>
    public static readonly string AppVersion =
        Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HealthCheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    /// <summary>Probes every dependency and reports what answered.</summary>
    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var checkedAt = timeProvider.GetUtcNow();
        var statuses = await Task.WhenAll(probes.Select(p => ProbeOneAsync(p, cancellationToken)));
        return new HealthReport(HealthReport.StatusOf(statuses), AppVersion, checkedAt, statuses);
    }

    private async Task<DependencyStatus> ProbeOneAsync(IDependencyProbe probe, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        using var deadline = new CancellationTokenSource(ProbeTimeout, timeProvider);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var status = await probe.ProbeAsync(timeout.Token).WaitAsync(timeout.Token);
            return status with { ElapsedMilliseconds = Elapsed(started) };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DependencyStatus(probe.Name, false, $"no answer within {ProbeTimeout.TotalSeconds:0} s", Elapsed(started));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new DependencyStatus(probe.Name, false, FirstLine(ex.Message), Elapsed(started));
        }
    }

    private long Elapsed(long started) => (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
