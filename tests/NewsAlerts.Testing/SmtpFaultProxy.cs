namespace NewsAlerts.Testing;

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of an SMTP server that misbehaves on request, as a relay sometimes does: it cuts
/// sessions mid-way (when the client starts its next message with <c>MAIL FROM</c>, so the server never took that
/// message) and, while <see cref="Refusing"/>, greets new sessions with <c>421</c> and hangs up. Otherwise it passes
/// bytes through unchanged.
/// </summary>
public sealed class SmtpFaultProxy : IAsyncDisposable
{
    private static readonly byte[] Refusal = Encoding.ASCII.GetBytes("421 4.3.2 Service not available, try again later\r\n");
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int upstreamPort;
    private readonly ConcurrentDictionary<int, Session> sessions = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private int nextSession;
    private int dropsLeft;
    private int refusalsLeft;
    private long accepted;
    private long dropped;
    private long refused;
    private volatile bool refusing;

    /// <summary>Starts listening on a free loopback port and forwarding to <paramref name="upstreamPort"/> on 127.0.0.1.</summary>
    public SmtpFaultProxy(int upstreamPort)
    {
        this.upstreamPort = upstreamPort;
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>The port clients connect to.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>While true, new sessions get <c>421</c> instead of the server's greeting and are closed.</summary>
    public bool Refusing
    {
        get => refusing;
        set => refusing = value;
    }

    /// <summary>Connections accepted so far (refused ones included).</summary>
    public long Accepted => Interlocked.Read(ref accepted);

    /// <summary>Sessions cut mid-way so far.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Sessions refused with 421 so far.</summary>
    public long Refused => Interlocked.Read(ref refused);

    /// <summary>Greets the next <paramref name="count"/> new sessions with <c>421</c> and hangs up (a relay busy for a moment).</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref refusalsLeft, Math.Max(count, 0));

    /// <summary>Cuts the next <paramref name="count"/> sessions at their next <c>MAIL FROM</c>, before the server sees it.</summary>
    public void DropAtNextMessages(int count) => Interlocked.Exchange(ref dropsLeft, Math.Max(count, 0));

    /// <summary>Closes every session now (call it while the client is idle: a cut after a message's final dot may double it).</summary>
    public void CloseAll()
    {
        foreach (var session in sessions.Values)
        {
            session.Close();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        CloseAll();
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
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        if (refusing || TakeRefusal())
        {
            Interlocked.Increment(ref refused);
            using (client)
            {
                try
                {
                    await client.GetStream().WriteAsync(Refusal, stopping.Token);
                }
                catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
                {
                    // The client left first.
                }
            }

            return;
        }

        var upstream = new TcpClient();
        var id = Interlocked.Increment(ref nextSession);
        var session = new Session(client, upstream);
        sessions[id] = session;
        try
        {
            await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort, stopping.Token);
            await Task.WhenAny(PumpAsync(client.GetStream(), upstream.GetStream(), fromClient: true), PumpAsync(upstream.GetStream(), client.GetStream(), fromClient: false));
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A side went away: the session ends.
        }
        finally
        {
            sessions.TryRemove(id, out _);
            session.Close();
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool fromClient)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, stopping.Token)) > 0)
            {
                if (fromClient && StartsWithMailFrom(buffer.AsSpan(0, read)) && Interlocked.Decrement(ref dropsLeft) >= 0)
                {
                    Interlocked.Increment(ref dropped);
                    return;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), stopping.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A side went away: the session ends.
        }
    }

    private bool TakeRefusal()
    {
        while (true)
        {
            var left = Volatile.Read(ref refusalsLeft);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref refusalsLeft, left - 1, left) == left)
            {
                return true;
            }
        }
    }

    private static bool StartsWithMailFrom(ReadOnlySpan<byte> chunk) =>
        chunk.Length >= 10 && Encoding.ASCII.GetString(chunk[..10]).Equals("MAIL FROM:", StringComparison.OrdinalIgnoreCase);

    private sealed class Session(TcpClient client, TcpClient upstream)
    {
        public void Close()
        {
            // An abortive close (RST), as a relay that drops a connection.
            Abort(client);
            Abort(upstream);
        }

        private static void Abort(TcpClient tcp)
        {
            try
            {
                tcp.Client.LingerState = new LingerOption(true, 0);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }

            tcp.Dispose();
        }
    }
}
