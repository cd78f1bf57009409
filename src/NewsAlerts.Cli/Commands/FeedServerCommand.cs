namespace NewsAlerts.Cli.Commands;

using System.Globalization;
using NewsAlerts.Cli.Feeds;

/// <summary>
/// <c>newsalerts feed-server --port=5095 [--root=folder] [--data=folder]</c>: the local feed server and WebSub hub on
/// 127.0.0.1 until Ctrl+C or SIGTERM; with <c>--data</c> the feeds published to it are kept in that folder and served
/// again by the next run. The local stack runs it as its own process (<see cref="Stack.FeedServerService"/>).
/// </summary>
public sealed class FeedServerCommand : ICliCommand
{
    /// <inheritdoc />
    public string Name => "feed-server";

    /// <inheritdoc />
    public string Summary => "serve a folder of feeds (ETag, Last-Modified) and a WebSub hub on 127.0.0.1 (run by the local stack)";

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var portText = Value(arguments, "--port=") ?? "0";
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            await console.Error.WriteLineAsync($"newsalerts feed-server: --port must be a port number, not '{portText}'.");
            return 2;
        }

        var root = Value(arguments, "--root=");
        if (root is not null && !Directory.Exists(root))
        {
            await console.Error.WriteLineAsync($"newsalerts feed-server: --root '{root}' is not a folder.");
            return 2;
        }

        var data = Value(arguments, "--data=");
        LocalFeedServer server;
        try
        {
            server = await LocalFeedServer.StartAsync(root, port, data, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"newsalerts feed-server: --data '{data}' cannot be used: {e.Message}");
            return 2;
        }

        await using var running = server;
        await console.Out.WriteLineAsync(
            $"feed server on {server.BaseAddress} (hub {server.HubUrl}), serving {root ?? "published feeds only"}"
            + (data is null ? string.Empty : $", keeping published feeds in {Path.GetFullPath(data)}"));
        // SIGTERM (the stack stopping it by PID) ends the process like Ctrl+C.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the normal end.
        }

        return 0;
    }

    private static string? Value(IReadOnlyList<string> arguments, string prefix) =>
        arguments.Where(a => a.StartsWith(prefix, StringComparison.Ordinal)).Select(a => a[prefix.Length..]).LastOrDefault();
}
