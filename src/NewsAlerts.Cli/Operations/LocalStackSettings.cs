namespace NewsAlerts.Cli.Operations;

using Microsoft.Extensions.Configuration;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Stack;

/// <summary>
/// The storage and Service Bus settings of the local stack that <c>dev</c> or <c>stack start</c> runs, for the operator
/// commands (<c>deliveries</c>, <c>dlq</c>) given no storage or Service Bus setting of their own (trial s43 #10: they
/// failed with "Setting 'Storage:ConnectionString' is missing" beside a running <c>dev</c>). The stack is found as
/// <c>dev</c> finds it: its state file (<c>stack.json</c> in the data folder, <see cref="StackState"/>) names each
/// service's process and ports, and the connection strings are built from those ports by the same services
/// (<see cref="AzuriteService.ConnectionString"/>, <see cref="ServiceBusEmulatorService.ConnectionString"/>).
/// </summary>
public static class LocalStackSettings
{
    private static readonly string[] StorageSettings = ["Storage:ConnectionString", "Storage:TableServiceUri", "Storage:BlobServiceUri"];

    private static readonly string[] ServiceBusSettings = ["ServiceBus:ConnectionString", "ServiceBus:FullyQualifiedNamespace"];

    /// <summary>
    /// The settings to add for the local stack (empty when the configuration names its own storage and Service Bus,
    /// or no stack service runs) and the one line that says which stack they come from (null when none is used).
    /// </summary>
    /// <param name="configuration">The command's configuration (arguments and <c>NEWSALERTS_</c> variables).</param>
    /// <param name="records">The live services of the stack's state file, by name (<c>azurite</c>, <c>servicebus</c>).</param>
    /// <param name="dataDirectory">The stack's data folder, named in the line.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (IReadOnlyDictionary<string, string?> Settings, string? Line) From(
        IConfiguration configuration, IReadOnlyDictionary<string, ServiceRecord> records, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        var used = new List<string>();
        if (!StorageSettings.Any(s => Given(configuration, s)) && records.GetValueOrDefault("azurite") is { } azurite
            && Port(azurite, "Stack:Azurite:TablePort") is { } table && Port(azurite, "Stack:Azurite:BlobPort") is { } blob && Port(azurite, "Stack:Azurite:QueuePort") is { } queue)
        {
            settings["Storage:ConnectionString"] = new AzuriteService(new StackOptions.AzuritePorts { TablePort = table, BlobPort = blob, QueuePort = queue }).ConnectionString;
            used.Add($"Azurite tables on 127.0.0.1:{table}");
        }

        if (!ServiceBusSettings.Any(s => Given(configuration, s)) && records.GetValueOrDefault("servicebus") is { } serviceBus
            && Port(serviceBus, "Stack:ServiceBus:Port") is { } amqp)
        {
            settings["ServiceBus:ConnectionString"] = new ServiceBusEmulatorService(amqp).ConnectionString;
            used.Add($"the Service Bus emulator on 127.0.0.1:{amqp}");
        }

        return (settings, used.Count == 0 ? null : $"using the local stack in {dataDirectory} ({string.Join(", ", used)}): no storage or Service Bus setting was given");
    }

    /// <summary>
    /// As <see cref="From(IConfiguration, IReadOnlyDictionary{string, ServiceRecord}, string)"/>, for the stack of this
    /// repository's data folder (<c>Stack:DataDirectory</c>, as <c>dev</c> reads it): only services whose process still
    /// runs count. Nothing when the repository cannot be found (the command then names the missing setting).
    /// </summary>
    public static (IReadOnlyDictionary<string, string?> Settings, string? Line) Find(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        StackPaths paths;
        try
        {
            paths = StackPaths.Locate(CliConfiguration.StackOptions(configuration));
        }
        catch (InvalidOperationException)
        {
            return (new Dictionary<string, string?>(), null);
        }

        var records = StackState.Load(paths.DataDirectory).Where(ServiceProcess.IsAlive).GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.Last());
        return From(configuration, records, paths.DataDirectory);
    }

    private static bool Given(IConfiguration configuration, string setting) => !string.IsNullOrWhiteSpace(configuration[setting]);

    private static int? Port(ServiceRecord record, string setting) => record.Ports.TryGetValue(setting, out var port) ? port : null;
}
