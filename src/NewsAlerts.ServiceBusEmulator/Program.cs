using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator;

// Usage: NewsAlerts.ServiceBusEmulator [config.json] [port] [data-directory]
// Without a config file it serves NewsAlerts' own queues; the port defaults to 5672 and 0 picks a free one.
// With a data directory its messages survive a restart (journals there); without one they live in memory only.
var configPath = args.Length > 0 && args[0].Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "newsalerts-entities.json");
var port = 5672;
if (args.Length > 1 && !int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out port))
{
    Console.Error.WriteLine($"The port '{args[1]}' is not a number.");
    return 2;
}

var dataDirectory = args.Length > 2 && args[2].Length > 0 ? args[2] : null;

// Logs go to stderr so stdout carries only the connection string.
using var loggerFactory = LoggerFactory.Create(builder => builder
    .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddSimpleConsole(o => o.SingleLine = true));
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

RunningServiceBusEmulator emulator;
try
{
    emulator = await ServiceBusEmulatorHost.StartAsync(
        new ServiceBusEmulatorOptions { Port = port, ConfigPath = configPath, DataDirectory = dataDirectory, LoggerFactory = loggerFactory },
        stop.Token);
}
catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException)
{
    Console.Error.WriteLine($"The emulator could not start: {exception.Message}");
    return 1;
}

await using (emulator)
{
    // The connection string is the one line a script needs: print it alone on stdout.
    Console.WriteLine(emulator.ConnectionString);
    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        // Ctrl+C: dispose the emulator and exit.
    }
}

return 0;
