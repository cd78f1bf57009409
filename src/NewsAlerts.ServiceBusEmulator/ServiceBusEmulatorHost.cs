using System.Net;
using System.Net.Sockets;
using Amqp;
using Amqp.Listener;
using Amqp.Sasl;
using Amqp.Types;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsAlerts.ServiceBusEmulator.Amqp;
using NewsAlerts.ServiceBusEmulator.Configuration;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Faults;
using NewsAlerts.ServiceBusEmulator.Logging;
using NewsAlerts.ServiceBusEmulator.Security;

namespace NewsAlerts.ServiceBusEmulator;

/// <summary>Starts an in-process Azure Service Bus emulator that the real Azure.Messaging.ServiceBus client talks to.</summary>
public static class ServiceBusEmulatorHost
{
    private static readonly Symbol ClaimsBasedSecurity = new("MSSBCBS");

    /// <summary>Starts listening on 127.0.0.1 and returns once clients can connect.</summary>
    public static async Task<RunningServiceBusEmulator> StartAsync(ServiceBusEmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxMessageSizeBytes);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.SharedAccessKeyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.SharedAccessKey);
        var config = options.Config
            ?? (options.ConfigPath is { } path ? await EmulatorConfigReader.ReadFileAsync(path, cancellationToken) : new EmulatorConfig(new UserConfig([])));
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("NewsAlerts.ServiceBusEmulator");
        var time = options.TimeProvider;
        var registry = new EntityRegistry(config, time, logger, options.DataDirectory, options.JournalFiles);
        var connections = new ConnectionTracker(logger);
        var faults = new FaultInjection(connections.DropAll);
        var cbs = new CbsNode(new SasTokenValidator(options.SharedAccessKeyName, options.SharedAccessKey, time), logger);
        var container = new EmulatorContainer(new LinkProcessor(registry, cbs, faults, options.MaxMessageSizeBytes, time, logger));

        for (var attempt = 0; ; attempt++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                registry.Dispose();
                cancellationToken.ThrowIfCancellationRequested();
            }

            var port = options.Port == 0 ? FreePort() : options.Port;
            var listener = CreateListener(port, container, connections, options);
            try
            {
                listener.Open();
            }
            catch (SocketException) when (options.Port == 0 && attempt < 5)
            {
                // Another process took the free port between probing and binding: probe again.
                continue;
            }
            catch
            {
                // Not started: release the data directory (its lock) for the next attempt.
                registry.Dispose();
                throw;
            }

            EmulatorLog.Started(logger, $"amqp://127.0.0.1:{port}", config.AllQueues.Count(), config.AllTopics.Count());
            return new RunningServiceBusEmulator(listener, connections, registry, port, options, faults);
        }
    }

    private static ConnectionListener CreateListener(int port, EmulatorContainer container, ConnectionTracker connections, ServiceBusEmulatorOptions options)
    {
        var listener = new ConnectionListener(new Address("127.0.0.1", port, null, null, "/", "amqp"), container);
        // Azure clients offer MSSBCBS (authenticate later on $cbs); others use ANONYMOUS or PLAIN with the key.
        listener.SASL.EnableMechanism(ClaimsBasedSecurity, SaslProfile.External);
        listener.SASL.EnableAnonymousMechanism = true;
        listener.SASL.EnablePlainMechanism(options.SharedAccessKeyName, options.SharedAccessKey);
        listener.AMQP.MaxSessionsPerConnection = 1024;
        listener.AMQP.MaxLinksPerSession = 256;
        var handler = new EmulatorHandler(connections);
        listener.HandlerFactory = _ => handler;
        return listener;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
