namespace NewsAlerts.Cli.Commands;

using NewsAlerts.Cli.Dev;

/// <summary>
/// <c>newsalerts dev</c>: starts the local stack and the local Function host, prints the health report and the URLs,
/// and runs until Ctrl+C (or, with <c>--once</c>, prints the report as JSON and stops everything it started).
/// </summary>
public sealed class DevCommand : ICliCommand
{
    /// <inheritdoc />
    public string Name => "dev";

    /// <inheritdoc />
    public string Summary => "run NewsAlerts locally: stack + Function host on 127.0.0.1 (--once: report as JSON and exit)";

    /// <inheritdoc />
    public Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken) =>
        new DevSession(arguments, console).RunAsync(cancellationToken);
}
