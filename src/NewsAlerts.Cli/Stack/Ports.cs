namespace NewsAlerts.Cli.Stack;

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

/// <summary>Loopback port checks.</summary>
public static class Ports
{
    private const int LowestPicked = 15000;
    private static readonly ConcurrentDictionary<int, byte> HandedOut = new();
    private static readonly Lazy<int> EphemeralLow = new(ReadEphemeralLow);

    /// <summary>
    /// A port that is free on 127.0.0.1 right now and not handed out before by this process. It is picked below
    /// the kernel's ephemeral range, so outgoing connections (which take ephemeral local ports) cannot take it
    /// between now and the moment its service binds it.
    /// </summary>
    public static int FindFree()
    {
        var high = EphemeralLow.Value;
        if (high - LowestPicked >= 1000)
        {
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var port = Random.Shared.Next(LowestPicked, high);
                if (IsFree(port) && HandedOut.TryAdd(port, 0))
                {
                    return port;
                }
            }
        }

        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (HandedOut.TryAdd(port, 0))
            {
                return port;
            }
        }
    }

    /// <summary>Whether something accepts TCP connections on 127.0.0.1 at <paramref name="port"/>.</summary>
    public static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Whether the port can be bound on 127.0.0.1 (nothing else holds it).</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // Linux: "32768	60999"; elsewhere the IANA dynamic range starts at 49152.
    private static int ReadEphemeralLow()
    {
        const string RangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
        try
        {
            var first = File.ReadAllText(RangeFile).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[0];
            return int.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 49152;
        }
    }
}
