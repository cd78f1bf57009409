using Amqp.Listener;
using NewsAlerts.ServiceBusEmulator.Amqp;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Faults;

namespace NewsAlerts.ServiceBusEmulator;

/// <summary>A started emulator. Dispose it to close every connection and stop listening.</summary>
public sealed class RunningServiceBusEmulator : IAsyncDisposable, IDisposable
{
    private readonly ConnectionListener listener;
    private readonly ConnectionTracker connections;
    private readonly EntityRegistry registry;
    private int disposed;

    internal RunningServiceBusEmulator(ConnectionListener listener, ConnectionTracker connections, EntityRegistry registry, int port, ServiceBusEmulatorOptions options, FaultInjection faults)
    {
        this.listener = listener;
        this.connections = connections;
        this.registry = registry;
        Port = port;
        ConnectionString = $"Endpoint=sb://127.0.0.1:{port};SharedAccessKeyName={options.SharedAccessKeyName};SharedAccessKey={options.SharedAccessKey};UseDevelopmentEmulator=true;";
        Faults = faults;
    }

    /// <summary>The port the emulator listens on (127.0.0.1 only).</summary>
    public int Port { get; }

    /// <summary>A connection string for <c>new ServiceBusClient(connectionString)</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>Fault injection for reliability tests.</summary>
    public FaultInjection Faults { get; }

    /// <summary>The entities it serves (tests reach a queue's receivers through it).</summary>
    internal EntityRegistry Registry => registry;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        listener.Close();
        connections.CloseAll();
        registry.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
