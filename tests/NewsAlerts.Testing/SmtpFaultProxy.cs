namespace NewsAlerts.Testing;

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of an SMTP server that misbehaves on request, as a relay sometimes does: it cuts
/// sessions mid-way (when the client starts its next message with <c>MAIL FROM</c>, so the server never took that
/// message), or after a message's final dot once the server has answered it (the server accepted the message, the
/// client never hears so: SMTP's one window for a duplicate, RFC 5321 section 6.1), and, while <see cref="Refusing"/>,
/// greets new sessions with <c>421</c> and hangs up. Otherwise it passes bytes through unchanged.
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
    private int dropEvery = 1;
    private int messagesSeen;
    private int replyDropsLeft;
    private int replyDropEvery = 1;
    private int messageEndsSeen;
    private long repliesDropped;
    private readonly ConcurrentQueue<string> acceptedUnacknowledged = new();
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

    /// <summary>
    /// Cuts <paramref name="count"/> sessions at a <c>MAIL FROM</c>, before the server sees it: one message in
    /// <paramref name="every"/> (counted over all sessions from now, retries included), so with <c>every</c> &gt; 1 the
    /// messages between cuts go through and a retry is not cut again by the same fault (1: the next messages in a row).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="every"/> is less than 1.</exception>
    public void DropAtNextMessages(int count, int every = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        Volatile.Write(ref dropEvery, every);
        Interlocked.Exchange(ref messagesSeen, 0);
        Interlocked.Exchange(ref dropsLeft, Math.Max(count, 0));
    }

    /// <summary>
    /// Cuts the next <paramref name="count"/> sessions that end a message's data: the final dot reaches the server, and
    /// its reply is swallowed before the session is cut (the worst case: mail accepted, acknowledgement lost).
    /// </summary>
    /// <remarks>As with <see cref="DropAtNextMessages"/>, <paramref name="every"/> spaces the cuts: one message end in that many.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="every"/> is less than 1.</exception>
    public void DropRepliesToNextMessages(int count, int every = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        Volatile.Write(ref replyDropEvery, every);
        Interlocked.Exchange(ref messageEndsSeen, 0);
        Interlocked.Exchange(ref replyDropsLeft, Math.Max(count, 0));
    }

    /// <summary>Server replies to a message's data swallowed so far (<see cref="DropRepliesToNextMessages"/>).</summary>
    public long RepliesDropped => Interlocked.Read(ref repliesDropped);

    /// <summary>
    /// The recipients of every message whose data the server accepted (2xx) but whose reply was swallowed: the client
    /// cannot know they went, so a retry may deliver them twice.
    /// </summary>
    public IReadOnlyCollection<string> AcceptedUnacknowledged => [.. acceptedUnacknowledged];

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
            await Task.WhenAny(PumpAsync(client.GetStream(), upstream.GetStream(), session, fromClient: true), PumpAsync(upstream.GetStream(), client.GetStream(), session, fromClient: false));
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

    private async Task PumpAsync(NetworkStream from, NetworkStream to, Session session, bool fromClient)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, stopping.Token)) > 0)
            {
                if (fromClient && StartsWithMailFrom(buffer.AsSpan(0, read)) && TakeSpaced(ref messagesSeen, dropEvery, ref dropsLeft))
                {
                    Interlocked.Increment(ref dropped);
                    return;
                }

                if (fromClient && session.Transcript.Feed(buffer.AsSpan(0, read)) >= 0 && TakeSpaced(ref messageEndsSeen, replyDropEvery, ref replyDropsLeft))
                {
                    // Armed before the dot goes on, so the reply cannot slip through first.
                    session.CutAtReply = [.. session.Transcript.Recipients];
                }

                if (!fromClient && session.CutAtReply is { } recipients)
                {
                    // The server's answer to the message's data: swallowed, and the session cut.
                    Interlocked.Increment(ref repliesDropped);
                    if (buffer[0] == (byte)'2')
                    {
                        foreach (var recipient in recipients)
                        {
                            acceptedUnacknowledged.Enqueue(recipient);
                        }
                    }

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

    private bool TakeRefusal() => TakeOne(ref refusalsLeft);

    // The n-th event since the fault was armed takes a cut when n is a multiple of every and cuts are left.
    private static bool TakeSpaced(ref int seen, int every, ref int left) =>
        Volatile.Read(ref left) > 0 && Interlocked.Increment(ref seen) % every == 0 && TakeOne(ref left);

    private static bool TakeOne(ref int left)
    {
        while (true)
        {
            var now = Volatile.Read(ref left);
            if (now <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref left, now - 1, now) == now)
            {
                return true;
            }
        }
    }

    private static bool StartsWithMailFrom(ReadOnlySpan<byte> chunk) =>
        chunk.Length >= 10 && Encoding.ASCII.GetString(chunk[..10]).Equals("MAIL FROM:", StringComparison.OrdinalIgnoreCase);

    private sealed class Session(TcpClient client, TcpClient upstream)
    {
        /// <summary>What the client has said so far (read by the client-to-server pump only).</summary>
        public SmtpClientTranscript Transcript { get; } = new();

        /// <summary>Set when the next server reply is to be swallowed: the recipients of the message it answers.</summary>
        public volatile string[]? CutAtReply;

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
