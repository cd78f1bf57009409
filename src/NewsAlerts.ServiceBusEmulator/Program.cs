using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator;

// Usage: NewsAlerts.ServiceBusEmulator [config.json] [port]   (port defaults to 5672; 0 picks a free one)
var configPath = args.Length > 0 ? args[0] : null;
var port = args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 5672;
using var loggerFactory = LoggerFactory.Create(builder => builder.AddSimpleConsole(o => o.SingleLine = true));
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

await using var emulator = await ServiceBusEmulatorHost.StartAsync(
    new ServiceBusEmulatorOptions { Port = port, ConfigPath = configPath, LoggerFactory = loggerFactory },
    stop.Token);
Console.WriteLine(emulator.ConnectionString);
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C: dispose the emulator and exit.
}
