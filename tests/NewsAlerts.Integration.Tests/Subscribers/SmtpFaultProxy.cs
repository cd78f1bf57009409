namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// A TCP proxy in front of smtp4dev that can misbehave as real relays do: drop every open connection (a relay
/// closing idle pooled connections) and answer the next connections with <c>421</c> (a relay busy for a moment).
/// </summary>
internal sealed class SmtpFaultProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int targetPort;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<TcpClient, TcpClient> open = new();
    private readonly Task accepting;
    private int refuseNext;
    private int accepted;
    private int refused;

    private SmtpFaultProxy(int targetPort)
    {
        this.targetPort = targetPort;
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>The port to give the app as <c>Smtp:Port</c>.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Connections accepted so far (refused ones included).</summary>
    public int Accepted => Volatile.Read(ref accepted);

    /// <summary>Connections answered with 421 so far.</summary>
    public int Refused => Volatile.Read(ref refused);

    /// <summary>Starts a proxy to smtp4dev's SMTP port on this machine.</summary>
    public static SmtpFaultProxy Start(int targetPort) => new(targetPort);

    /// <summary>Answers the next <paramref name="count"/> connections with 421 and closes them.</summary>
    public void RefuseNext(int count) => Volatile.Write(ref refuseNext, count);

    /// <summary>Closes every open connection at once, as a relay does with idle ones.</summary>
    public void DropAll()
    {
        foreach (var (client, server) in open)
        {
            client.Client.Close(0);
            server.Dispose();
            open.TryRemove(client, out _);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        DropAll();
        try
        {
            await accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            Interlocked.Increment(ref accepted);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            if (TakeRefusal())
            {
                Interlocked.Increment(ref refused);
                await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("421 4.3.2 Service not available, try again later\r\n"), stopping.Token);
                client.Dispose();
                return;
            }

            var server = new TcpClient();
            await server.ConnectAsync(IPAddress.Loopback, targetPort, stopping.Token);
            open[client] = server;
            using var pair = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            await Task.WhenAny(
                client.GetStream().CopyToAsync(server.GetStream(), pair.Token),
                server.GetStream().CopyToAsync(client.GetStream(), pair.Token));
            await pair.CancelAsync();
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // One side went away: the other is closed below.
        }
        finally
        {
            if (open.TryRemove(client, out var server))
            {
                server.Dispose();
            }

            client.Dispose();
        }
    }

    private bool TakeRefusal()
    {
        while (true)
        {
            var left = Volatile.Read(ref refuseNext);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref refuseNext, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
