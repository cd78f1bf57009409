namespace NewsAlerts.Cli.Dev;

using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

/// <summary>
/// The demo's own client address. The sign-up limits count per client address (<c>RateLimits:SignUpsPerClient</c>, 10
/// an hour), and a demo that signed up from 127.0.0.1 spent the allowance of the person at the browser on the same
/// machine: after two or three <c>dev</c> runs in an hour the next one was refused (trial r41 #2). Each demo run
/// therefore connects from an address of its own in the loopback block 127.0.0.0/8 (every one of them reaches the host
/// on 127.0.0.1 on Linux), which the limits count apart, as they would another person; the person's own limits are
/// unchanged.
/// </summary>
public static class DemoClient
{
    /// <summary>A loopback address for one demo run: 127.x.y.z, never 127.0.0.x (where people's browsers connect from).</summary>
    public static IPAddress NewAddress() =>
        new([127, (byte)RandomNumberGenerator.GetInt32(1, 256), (byte)RandomNumberGenerator.GetInt32(0, 256), (byte)RandomNumberGenerator.GetInt32(1, 255)]);

    /// <summary>An HTTP client aimed at <paramref name="host"/> whose connections come from <paramref name="source"/>.</summary>
    /// <param name="host">The local host's base address.</param>
    /// <param name="source">The local address to connect from (<see cref="NewAddress"/>).</param>
    public static HttpClient Create(Uri host, IPAddress source)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(source);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(source.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = host };
    }
}
