namespace NewsAlerts.Testing;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.ServiceBusEmulator;

/// <summary>
/// A Service Bus emulator of the test's own (in this process, with the queues of
/// <c>infra/local/servicebus-config.json</c>) that reads the same <see cref="ShiftedClock"/> as the host the test gives
/// it to. Moving the clock moves both: a message scheduled for the end of quiet hours is released when the test sets
/// the clock there (the emulator's timer wakes at least once a second while anything is scheduled), not minutes later.
/// </summary>
/// <remarks>
/// A <c>FakeTimeProvider</c> would stop the host's real-speed waits too (the SMS sender's 1 text/s pacing, claim
/// refreshes), so nothing would send between the test's steps; this clock runs at real speed and only jumps.
/// A jump also lapses every lock older than the jump (the queues lock for a minute): move it only while no batch is
/// being handled.
/// </remarks>
public sealed class ClockedServiceBus : IAsyncDisposable
{
    private readonly string? dataDirectory;
    private RunningServiceBusEmulator emulator;

    private ClockedServiceBus(RunningServiceBusEmulator emulator, ShiftedClock clock, string? dataDirectory)
    {
        this.emulator = emulator;
        this.dataDirectory = dataDirectory;
        Clock = clock;
    }

    /// <summary>The clock of the emulator and of every host started with <see cref="UseClock"/>.</summary>
    public ShiftedClock Clock { get; }

    /// <summary>The settings that aim a host at this emulator (pass them as a host's overrides).</summary>
    public IDictionary<string, string?> HostSettings => new Dictionary<string, string?> { ["ServiceBus:ConnectionString"] = emulator.ConnectionString };

    /// <summary>
    /// Starts the emulator on a free port, its clock at the system's time; <paramref name="keepMessages"/> gives it a
    /// data directory of its own (as the local stack does), so <see cref="RestartAsync"/> keeps its messages.
    /// </summary>
    public static async Task<ClockedServiceBus> StartAsync(bool keepMessages = false)
    {
        var clock = new ShiftedClock();
        var data = keepMessages ? Directory.CreateTempSubdirectory("newsalerts-sb-").FullName : null;
        return new ClockedServiceBus(await StartEmulatorAsync(clock, port: 0, data), clock, data);
    }

    /// <summary>Stops the emulator and starts it again on the same port, clock and data directory (a `dev` restart).</summary>
    public async Task RestartAsync()
    {
        var port = emulator.Port;
        await emulator.DisposeAsync();
        emulator = await StartEmulatorAsync(Clock, port, dataDirectory);
    }

    /// <summary>Gives a host's services the emulator's clock (pass as a host's <c>configureServices</c>).</summary>
    public void UseClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await emulator.DisposeAsync();
        if (dataDirectory is not null)
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static Task<RunningServiceBusEmulator> StartEmulatorAsync(ShiftedClock clock, int port, string? dataDirectory) =>
        ServiceBusEmulatorHost.StartAsync(
            new ServiceBusEmulatorOptions
            {
                Port = port,
                ConfigPath = Path.Combine(RepositoryRoot.Find(), "infra", "local", "servicebus-config.json"),
                TimeProvider = clock,
                DataDirectory = dataDirectory,
            },
            CancellationToken.None);
}
