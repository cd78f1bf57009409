namespace NewsAlerts.Channels.Health;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Health;
using Twilio.Exceptions;

/// <summary>
/// Fetches the Twilio account with the sender's own client and credentials (Twilio's cheapest authenticated call,
/// <c>GET /2010-04-01/Accounts/{sid}.json</c>): a wrong token, a suspended account or an API that does not answer
/// shows as unreachable. Bounded by <see cref="HealthCheck.ProbeTimeout"/>.
/// </summary>
public sealed class TwilioProbe(TwilioSmsSender sender) : IDependencyProbe
{
    /// <inheritdoc />
    public string Name => "twilio";

    /// <inheritdoc />
    public async Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (host, status) = await sender.FetchAccountAsync(cancellationToken);
            var usable = string.Equals(status, "active", StringComparison.OrdinalIgnoreCase);
            return new DependencyStatus(Name, usable, usable ? host : $"{host}: account status is {status}", 0);
        }
        catch (ApiException ex)
        {
            // Twilio's own code and message (20003 "Authenticate" for wrong credentials); never the token.
            return new DependencyStatus(Name, false, $"{sender.ApiHost}: HTTP {ex.Status}, Twilio error {ex.Code} ({ex.Message})", 0);
        }
        catch (TwilioException ex)
        {
            return new DependencyStatus(Name, false, $"{sender.ApiHost}: {ex.Message.Split('\n')[0].Trim()}", 0);
        }
    }
}
