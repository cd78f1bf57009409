using Azure.Messaging.ServiceBus;
using NewsAlerts.ServiceBusEmulator.Configuration;

namespace NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

/// <summary>One emulator on a free port per test class, and a real ServiceBusClient connected to it.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private RunningServiceBusEmulator? emulator;
    private ServiceBusClient? client;

    public RunningServiceBusEmulator Emulator => emulator ?? throw new InvalidOperationException("Not started.");

    public ServiceBusClient Client => client ?? throw new InvalidOperationException("Not started.");

    public static ServiceBusClientOptions ClientOptions => new()
    {
        RetryOptions = new ServiceBusRetryOptions { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(100), TryTimeout = TimeSpan.FromSeconds(10) },
    };

    public async Task InitializeAsync()
    {
        emulator = await ServiceBusEmulatorHost.StartAsync(
            new ServiceBusEmulatorOptions { Config = EmulatorConfigReader.Parse(TestEntities.Json) },
            CancellationToken.None);
        client = new ServiceBusClient(emulator.ConnectionString, ClientOptions);
    }

    public async Task DisposeAsync()
    {
        if (client is not null)
        {
            await client.DisposeAsync();
        }

        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
    }
}
