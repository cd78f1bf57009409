namespace NewsAlerts.Cli.Dev;

using System.Net.Sockets;

/// <summary>Whether anything accepts a TCP connection at a URL's host and port: a killed run's port refuses at once.</summary>
public static class ConnectionProbe
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    /// <summary>True when a connection to <paramref name="url"/>'s host and port is accepted within 2 s.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<bool> AcceptsAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(url.Host, url.Port, deadline.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}
