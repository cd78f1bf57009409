namespace NewsAlerts.Cli.Commands;

using NewsAlerts.Cli.Stack;

/// <summary>
/// <c>newsalerts stack start|run|stop|status</c>: the local stand-ins for Azure, on their own. <c>start</c> leaves them
/// running for later commands; <c>run</c> keeps them only while it runs (until Ctrl+C), and the services it started stop
/// with it however it ends, killed included (<see cref="ServiceProcess.StopServicesWithThisProcess"/>).
/// </summary>
public sealed class StackCommand : ICliCommand
{
    /// <inheritdoc />
    public string Name => "stack";

    /// <inheritdoc />
    public string Summary => "start | run | stop | status the local stack (Azurite, smtp4dev) on 127.0.0.1";

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var configuration = CliConfiguration.Build(arguments);
        try
        {
            var options = CliConfiguration.StackOptions(configuration);
            var paths = StackPaths.Locate(options);
            switch (arguments.FirstOrDefault())
            {
                case "start":
                    var stack = await LocalStack.StartAsync(options, paths, console.Out, cancellationToken);
                    await StackReport.WriteAsync(console.Out, stack);
                    return 0;
                case "run":
                    ServiceProcess.StopServicesWithThisProcess();
                    var held = await LocalStack.StartAsync(options, paths, console.Out, cancellationToken);
                    await StackReport.WriteAsync(console.Out, held);
                    await console.Out.WriteLineAsync("Running until Ctrl+C; what this command started stops with it.");
                    using (var watch = StackWatch.Start(held))
                    {
                        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, watch.Lost);
                        await WaitForCancellationAsync(stop.Token);
                        await LocalStack.StopAsync(paths, held.Started, CancellationToken.None);
                        if (watch.Gone is { } gone)
                        {
                            await console.Error.WriteLineAsync($"newsalerts stack: {gone}");
                            return 1;
                        }
                    }

                    await console.Out.WriteLineAsync("Local stack stopped.");
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
                    await console.Error.WriteLineAsync("Usage: newsalerts stack start|run|stop|status [--Stack:Azurite:TablePort=10002 ...]");
                    return 2;
            }
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await console.Error.WriteLineAsync($"newsalerts stack: configuration error: {failure}");
            }

            return 1;
        }
        catch (Exception ex) when (ex is StackConfigurationException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"newsalerts stack: {ex.Message}");
            return 1;
        }
    }

    private static async Task WaitForCancellationAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the normal end of "run".
        }
    }
}
