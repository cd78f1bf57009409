namespace NewsAlerts.Channels.Feeds;

using System.Net;
using System.Net.Sockets;
using NewsAlerts.Core.Feeds;

/// <summary>
/// The HTTP handler feeds are fetched through. Every connection it opens (the first request and every redirect)
/// resolves the host itself, refuses it when any address is refused by <see cref="AddressPolicy"/>, and connects to
/// an address it checked, so a redirect to a private address or a DNS answer that changes between the check and the
/// connection (DNS rebinding) reaches nothing. No proxy is used: a proxy would connect on our behalf, unchecked.
/// </summary>
public static class FeedConnections
{
    /// <summary>A handler guarded as above, with gzip/deflate/brotli decoding.</summary>
    /// <param name="resolve">Resolves a host name (in production <see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/>).</param>
    /// <param name="allowLoopback">True only in <c>dev</c> and tests.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resolve"/> is null.</exception>
    public static SocketsHttpHandler CreateHandler(Func<string, CancellationToken, Task<IPAddress[]>> resolve, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return new SocketsHttpHandler
        {
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, resolve, allowLoopback, cancellationToken),
        };
    }

    /// <summary>Opens a connection to <paramref name="endPoint"/> through checked addresses only.</summary>
    /// <exception cref="FeedAddressRefusedException">The host has no address, or resolves to a refused one.</exception>
    public static async ValueTask<Stream> ConnectAsync(
        DnsEndPoint endPoint, Func<string, CancellationToken, Task<IPAddress[]>> resolve, bool allowLoopback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        ArgumentNullException.ThrowIfNull(resolve);
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolve(endPoint.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new FeedAddressRefusedException($"host '{endPoint.Host}' has no address");
        }

        foreach (var address in addresses)
        {
            if (AddressPolicy.Refusal(address, allowLoopback) is { } reason)
            {
                throw new FeedAddressRefusedException($"host '{endPoint.Host}' resolves to {Core.Words.EnglishArticle.With(reason)} address ({address})");
            }
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
