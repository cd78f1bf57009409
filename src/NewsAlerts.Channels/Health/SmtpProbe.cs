namespace NewsAlerts.Channels.Health;

using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Email;
using NewsAlerts.Core.Health;

/// <summary>
/// Opens a fresh connection to the SMTP relay (greeting, EHLO, STARTTLS or TLS as configured, and AUTH when a user
/// name is set), then says QUIT: the same steps every alert's connection takes before it hands a message over, so a
/// relay that is down, refuses us or rejects our credentials shows as unreachable. A new connection each time, so
/// the probe never takes a pooled one from a send. Bounded by <see cref="HealthCheck.ProbeTimeout"/>.
/// </summary>
public sealed class SmtpProbe(IOptions<SmtpOptions> options) : IDependencyProbe
{
    /// <inheritdoc />
    public string Name => "smtp";

    /// <inheritdoc />
    public async Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var endpoint = $"{smtp.Host}:{smtp.Port}";
        using var client = new SmtpClient { Timeout = (int)Math.Min(smtp.Timeout.TotalMilliseconds, HealthCheck.ProbeTimeout.TotalMilliseconds) };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, SmtpConnections.SocketOptions(smtp.Security), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }

            await client.DisconnectAsync(true, cancellationToken);
            return new DependencyStatus(Name, true, endpoint, 0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The endpoint, so an operator sees which relay; MailKit's messages hold no credentials.
            return new DependencyStatus(Name, false, $"{endpoint}: {ex.Message.Split('\n')[0].Trim()}", 0);
        }
    }
}
