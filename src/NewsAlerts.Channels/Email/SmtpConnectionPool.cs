namespace NewsAlerts.Channels.Email;

using System.Collections.Concurrent;
using MailKit.Net.Smtp;

/// <summary>
/// Keeps up to <see cref="SmtpOptions.MaxConnections"/> open SMTP connections. A MailKit <see cref="SmtpClient"/> is
/// not thread-safe, so each one is rented by one send at a time; reusing them saves a TCP/TLS handshake and EHLO per
/// message, which is most of the cost of a small message.
/// </summary>
internal sealed class SmtpConnectionPool : IAsyncDisposable, IDisposable
{
    private readonly SmtpOptions options;
    private readonly SemaphoreSlim slots;
    private readonly ConcurrentBag<SmtpClient> idle = [];
    private bool disposed;

    public SmtpConnectionPool(SmtpOptions options)
    {
        this.options = options;
        slots = new SemaphoreSlim(options.MaxConnections, options.MaxConnections);
    }

    /// <summary>Rents a connected client; <c>Reused</c> says whether it was open before (and may have gone stale).</summary>
    public async Task<(SmtpClient Client, bool Reused)> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await slots.WaitAsync(cancellationToken);
        try
        {
            while (idle.TryTake(out var client))
            {
                if (client.IsConnected)
                {
                    return (client, true);
                }

                client.Dispose();
            }

            return (await ConnectAsync(cancellationToken), false);
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    /// <summary>Gives the client back; a broken one is closed instead of kept.</summary>
    public void Return(SmtpClient client, bool healthy)
    {
        if (healthy && client.IsConnected && !disposed)
        {
            idle.Add(client);
        }
        else
        {
            client.Dispose();
        }

        slots.Release();
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        while (idle.TryTake(out var client))
        {
            try
            {
                await client.DisconnectAsync(true, CancellationToken.None);
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException or OperationCanceledException)
            {
                // Closing politely is a courtesy; the socket is closed by Dispose either way.
            }

            client.Dispose();
        }
    }

    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var client))
        {
            client.Dispose();
        }
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, SmtpConnections.SocketOptions(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
