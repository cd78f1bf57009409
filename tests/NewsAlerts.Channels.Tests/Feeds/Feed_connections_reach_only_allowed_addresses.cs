namespace NewsAlerts.Channels.Tests.Feeds;

using System.Net;
using System.Net.Sockets;
using System.Text;
using NewsAlerts.Channels.Feeds;

public sealed class Feed_connections_reach_only_allowed_addresses : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private int accepted;

    public Feed_connections_reach_only_allowed_addresses()
    {
        listener.Start();
        _ = ServeAsync();
    }

    private Uri Url(string host) => new($"http://{host}:{((IPEndPoint)listener.LocalEndpoint).Port}/feed.xml");

    private static Task<IPAddress[]> Resolve(string host, params string[] addresses) =>
        Task.FromResult(addresses.Select(IPAddress.Parse).ToArray());

    [Fact]
    public async Task Loopback_is_reached_when_dev_allows_it()
    {
        using var client = new HttpClient(FeedConnections.CreateHandler((h, _) => Resolve(h, "127.0.0.1"), allowLoopback: true));
        Assert.Equal("<rss/>", await client.GetStringAsync(Url("feeds.test")));
        Assert.Equal(1, Volatile.Read(ref accepted));
    }

    [Fact]
    public async Task Loopback_is_refused_in_production_without_connecting()
    {
        using var client = new HttpClient(FeedConnections.CreateHandler((h, _) => Resolve(h, "127.0.0.1"), allowLoopback: false));
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(Url("feeds.test")));
        Assert.IsType<FeedAddressRefusedException>(error.InnerException);
        Assert.Equal(0, Volatile.Read(ref accepted));
    }

    [Fact]
    public async Task A_name_with_one_refused_address_is_refused_even_if_another_is_allowed()
    {
        using var client = new HttpClient(FeedConnections.CreateHandler((h, _) => Resolve(h, "127.0.0.1", "::ffff:169.254.169.254"), allowLoopback: true));
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(Url("feeds.test")));
        Assert.Contains("metadata", Assert.IsType<FeedAddressRefusedException>(error.InnerException).Message, StringComparison.Ordinal);
        Assert.Equal(0, Volatile.Read(ref accepted));
    }

    [Fact]
    public async Task An_address_literal_is_checked_too()
    {
        using var client = new HttpClient(FeedConnections.CreateHandler((h, _) => throw new InvalidOperationException("no lookup for a literal"), allowLoopback: false));
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(Url("127.0.0.1")));
        Assert.IsType<FeedAddressRefusedException>(error.InnerException);
    }

    public void Dispose() => listener.Stop();

    private async Task ServeAsync()
    {
        try
        {
            while (true)
            {
                using var socket = await listener.AcceptSocketAsync();
                Interlocked.Increment(ref accepted);
                var buffer = new byte[4096];
                await socket.ReceiveAsync(buffer);
                await socket.SendAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 6\r\nConnection: close\r\n\r\n<rss/>"));
                socket.Shutdown(SocketShutdown.Both);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The listener stopped at the end of the test.
        }
    }
}
