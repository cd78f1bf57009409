using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Configuration;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Persistence;

/// <summary>A temporary data directory, and emulators started on it in this process (stopped and started again at will).</summary>
public sealed class DataDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sb-journal-tests", Guid.NewGuid().ToString("N"));

    public Task<RunningServiceBusEmulator> StartAsync(TimeProvider? time = null) =>
        ServiceBusEmulatorHost.StartAsync(
            new ServiceBusEmulatorOptions
            {
                Config = EmulatorConfigReader.Parse(TestEntities.Json),
                DataDirectory = Path,
                TimeProvider = time ?? TimeProvider.System,
            },
            CancellationToken.None);

    /// <summary>Starts an emulator whose journals go through <paramref name="files"/> (a file layer that fails on purpose), logging to <paramref name="log"/>.</summary>
    internal Task<RunningServiceBusEmulator> StartAsync(NewsAlerts.ServiceBusEmulator.Persistence.IJournalFiles files, Microsoft.Extensions.Logging.ILoggerFactory? log = null) =>
        ServiceBusEmulatorHost.StartAsync(
            new ServiceBusEmulatorOptions
            {
                Config = EmulatorConfigReader.Parse(TestEntities.Json),
                DataDirectory = Path,
                JournalFiles = files,
                LoggerFactory = log,
            },
            CancellationToken.None);

    public static ServiceBusClient ClientOf(RunningServiceBusEmulator emulator) => new(emulator.ConnectionString, EmulatorFixture.ClientOptions);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
