using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Amqp;
using Amqp.Framing;
using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>Knows every open connection, so each gets a log line and a test can drop them all.</summary>
internal sealed class ConnectionTracker(ILogger logger)
{
    private static readonly ConditionalWeakTable<Connection, ClientConnection> States = new();
    private static int nextId;
    private readonly ConcurrentDictionary<Connection, ClientConnection> open = new();

    public static ClientConnection StateOf(Connection connection) =>
        States.GetValue(connection, static _ => new ClientConnection(Interlocked.Increment(ref nextId)));

    public void Opened(Connection connection, string? remoteContainer)
    {
        var state = StateOf(connection);
        if (!open.TryAdd(connection, state))
        {
            return;
        }

        EmulatorLog.ConnectionOpened(logger, state.Id, remoteContainer);
        connection.AddClosedCallback((sender, error) =>
        {
            if (open.TryRemove((Connection)sender, out var closed))
            {
                EmulatorLog.ConnectionClosed(logger, closed.Id, error is null ? "normally" : $"with {error.Condition}: {error.Description}");
            }
        });
    }

    public int DropAll()
    {
        var connections = open.Keys.ToList();
        EmulatorLog.DroppingConnections(logger, connections.Count);
        foreach (var connection in connections)
        {
            try
            {
                connection.Close(TimeSpan.Zero, new Error(ErrorCode.ConnectionForced) { Description = "Connection dropped by fault injection." });
            }
            catch (AmqpException)
            {
                // Already closing: nothing to drop.
            }
        }

        return connections.Count;
    }

    public void CloseAll()
    {
        foreach (var connection in open.Keys.ToList())
        {
            try
            {
                connection.Close(TimeSpan.Zero, new Error(ErrorCode.ConnectionForced) { Description = "The emulator is stopping." });
            }
            catch (AmqpException)
            {
                // Already closing.
            }
        }
    }
}
