using System.Diagnostics;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Persistence;

/// <summary>The emulator as its own process (as the local stack runs it), on a data directory, so a test can SIGKILL it.</summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly Process process;

    private EmulatorProcess(Process process, string connectionString)
    {
        this.process = process;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Starts <c>dotnet NewsAlerts.ServiceBusEmulator.dll &lt;config&gt; 0 &lt;data&gt;</c> and waits for its connection string.</summary>
    public static async Task<EmulatorProcess> StartAsync(string dataDirectory)
    {
        var config = Path.Combine(Path.GetDirectoryName(dataDirectory)!, Path.GetFileName(dataDirectory) + "-entities.json");
        await File.WriteAllTextAsync(config, TestEntities.Json);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(ServiceBusEmulatorHost).Assembly.Location, config, "0", dataDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The emulator process did not start.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var line = await process.StandardOutput.ReadLineAsync(deadline.Token);
        if (line is null || !line.StartsWith("Endpoint=", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"The emulator process printed '{line}' instead of its connection string.");
        }

        return new EmulatorProcess(process, line);
    }

    /// <summary>SIGKILL: no chance to write anything more.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }
}
