namespace NewsAlerts.Channels.Tests.Support;

using System.Net;
using System.Net.Sockets;

/// <summary>A loopback port nobody listens on right now.</summary>
public static class FreePort
{
    public static int Get()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
