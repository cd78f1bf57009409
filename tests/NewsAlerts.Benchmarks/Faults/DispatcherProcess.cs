namespace NewsAlerts.Benchmarks.Faults;

using System.Diagnostics;
using NewsAlerts.Cli.Stack;

/// <summary>
/// The Dispatcher (src/NewsAlerts.Dispatcher) as its own process, as it runs in Azure Container Apps, configured by
/// environment variables; it can be killed with SIGKILL (no shutdown code runs) or stopped with SIGTERM.
/// </summary>
internal sealed class DispatcherProcess
{
    private readonly ServiceRecord record;

    private DispatcherProcess(ServiceRecord record) => this.record = record;

    /// <summary>The process id.</summary>
    public int Pid => record.Pid;

    /// <summary>Starts a Dispatcher with <paramref name="settings"/> (configuration keys such as <c>ServiceBus:ConnectionString</c>).</summary>
    public static DispatcherProcess Start(IReadOnlyDictionary<string, string?> settings, string logPath)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "NewsAlerts.Dispatcher.dll");
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"The Dispatcher is not built ({assembly} is missing); build NewsAlerts.sln first.");
        }

        var environment = settings.Where(s => s.Value is not null)
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!, StringComparer.Ordinal);
        using var process = ServiceProcess.Start("dotnet", [assembly], logPath, AppContext.BaseDirectory, environment);
        var record = ServiceProcess.Record("dispatcher", process, new Dictionary<string, int>());
        // The campaign may itself be killed: the Dispatcher must not outlive it.
        ServiceProcess.StopWhenOwnerExits(Environment.ProcessId, [record]);
        return new DispatcherProcess(record);
    }

    /// <summary>Kills the process with SIGKILL, mid-whatever it was doing, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        using var process = Process.GetProcessById(record.Pid);
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>Asks the process to stop (SIGTERM: it hands back unstarted work), killing it after a grace period.</summary>
    public Task StopAsync() => ServiceProcess.StopAsync(record, TimeSpan.FromSeconds(30), CancellationToken.None);
}
