namespace NewsAlerts.Cli.Stack;

using System.Diagnostics;

/// <summary>
/// The project's own Service Bus emulator, run as its own process from the build output with the queues of
/// infra/local/servicebus-config.json (the same shape as Microsoft's emulator config). Its messages (active, scheduled,
/// deferred, dead-lettered) are journaled under the stack's data directory (<c>servicebus/</c>, like Azurite's
/// <c>azurite/</c>), so a text held for quiet hours survives stopping and starting <c>dev</c>, as on Azure.
/// </summary>
public sealed class ServiceBusEmulatorService(int port) : IStackService
{
    /// <summary>The emulator's default key name (as Microsoft's emulator).</summary>
    public const string KeyName = "RootManageSharedAccessKey";

    /// <summary>The emulator's default key (as Microsoft's emulator; public, not a secret).</summary>
    public const string Key = "SAS_KEY_VALUE";

    /// <inheritdoc />
    public string Name => "servicebus";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Ports { get; } = new Dictionary<string, int> { ["Stack:ServiceBus:Port"] = port };

    /// <summary>The connection string the real client uses.</summary>
    public string ConnectionString =>
        $"Endpoint=sb://127.0.0.1:{port};SharedAccessKeyName={KeyName};SharedAccessKey={Key};UseDevelopmentEmulator=true;";

    /// <inheritdoc />
    public Task InstallAsync(StackPaths paths, TextWriter log, CancellationToken cancellationToken) => LocalBuild.RequireAsync(Assembly, "The Service Bus emulator");

    /// <inheritdoc />
    public Process Launch(StackPaths paths, string logPath)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var config = Path.Combine(paths.LocalStackDirectory, "servicebus-config.json");
        return ServiceProcess.Start("dotnet", [Assembly, config, $"{port}", DataDirectoryOf(paths)], logPath, paths.LocalStackDirectory);
    }

    /// <summary>Where the emulator keeps its journals: <c>&lt;Stack:DataDirectory&gt;/servicebus</c>.</summary>
    public static string DataDirectoryOf(StackPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.DataDirectory, "servicebus");
    }

    /// <inheritdoc />
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Stack.Ports.IsListeningAsync(port, cancellationToken);

    private static string Assembly => LocalBuild.AssemblyPath("NewsAlerts.ServiceBusEmulator.dll");
}
