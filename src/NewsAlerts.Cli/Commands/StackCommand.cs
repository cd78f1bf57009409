namespace NewsAlerts.Cli.Commands;

using NewsAlerts.Cli.Stack;

/// <summary><c>newsalerts stack start|stop|status</c>: the local stand-ins for Azure, on their own.</summary>
public sealed class StackCommand : ICliCommand
{
    /// <inheritdoc />
    public string Name => "stack";

    /// <inheritdoc />
    public string Summary => "start | stop | status the local stack (Azurite, smtp4dev) on 127.0.0.1";

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var configuration = CliConfiguration.Build(arguments);
        var options = CliConfiguration.StackOptions(configuration);
        try
        {
            var paths = StackPaths.Locate(options.DataDirectory);
            switch (arguments.FirstOrDefault())
            {
                case "start":
                    var stack = await LocalStack.StartAsync(options, paths, console.Out, cancellationToken);
                    await StackReport.WriteAsync(console.Out, stack);
                    return 0;
                case "stop":
                    await LocalStack.StopAllAsync(paths, cancellationToken);
                    await console.Out.WriteLineAsync("Local stack stopped.");
                    return 0;
                case "status":
                    foreach (var record in StackState.Load(paths.DataDirectory))
                    {
                        var state = ServiceProcess.IsAlive(record) ? "running" : "gone";
                        await console.Out.WriteLineAsync($"{record.Name,-10} PID {record.Pid,-8} {state,-8} ports {string.Join(", ", record.Ports.Values)}");
                    }

                    return 0;
                default:
                    await console.Error.WriteLineAsync("Usage: newsalerts stack start|stop|status [--Stack:Azurite:TablePort=10002 ...]");
                    return 2;
            }
        }
        catch (Exception ex) when (ex is StackConfigurationException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"newsalerts stack: {ex.Message}");
            return 1;
        }
    }
}
