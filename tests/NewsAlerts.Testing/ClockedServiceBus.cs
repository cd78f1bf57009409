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
    private readonly RunningServiceBusEmulator emulator;

    private ClockedServiceBus(RunningServiceBusEmulator emulator, ShiftedClock clock)
    {
        this.emulator = emulator;
        Clock = clock;
    }

    /// <summary>The clock of the emulator and of every host started with <see cref="UseClock"/>.</summary>
    public ShiftedClock Clock { get; }

    /// <summary>The settings that aim a host at this emulator (pass them as a host's overrides).</summary>
    public IDictionary<string, string?> HostSettings => new Dictionary<string, string?> { ["ServiceBus:ConnectionString"] = emulator.ConnectionString };

    /// <summary>Starts the emulator on a free port, its clock at the system's time.</summary>
    public static async Task<ClockedServiceBus> StartAsync()
    {
        var clock = new ShiftedClock();
        var emulator = await ServiceBusEmulatorHost.StartAsync(
            new ServiceBusEmulatorOptions
            {
                Port = 0,
                ConfigPath = Path.Combine(RepositoryRoot.Find(), "infra", "local", "servicebus-config.json"),
                TimeProvider = clock,
            },
            CancellationToken.None);
        return new ClockedServiceBus(emulator, clock);
    }

    /// <summary>Gives a host's services the emulator's clock (pass as a host's <c>configureServices</c>).</summary>
    public void UseClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => emulator.DisposeAsync();
}
