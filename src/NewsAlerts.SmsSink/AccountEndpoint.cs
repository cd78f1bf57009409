namespace NewsAlerts.SmsSink;

using System.Globalization;
using Microsoft.Extensions.Options;

/// <summary>
/// <c>GET /2010-04-01/Accounts/{sid}.json</c>: Twilio's fetch-account call, the cheapest authenticated request, which
/// the app's health check makes. 401 without the account's credentials, 404 for another account.
/// </summary>
public static class AccountEndpoint
{
    /// <summary>Answers one fetch.</summary>
    public static IResult Fetch(string sid, HttpRequest request, IOptions<SinkOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var sink = options.Value;
        if (!MessagesEndpoint.IsAuthorised(request, sink))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
            return TwilioResponses.Error(401, 20003, "Authenticate");
        }

        if (!string.Equals(sid, sink.AccountSid, StringComparison.Ordinal))
        {
            return TwilioResponses.Error(404, 20404, $"The requested resource /2010-04-01/Accounts/{sid}.json was not found");
        }

        var date = time.GetUtcNow().ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
        return Results.Json(new Dictionary<string, object?>
        {
            ["auth_token"] = null,
            ["date_created"] = date,
            ["date_updated"] = date,
            ["friendly_name"] = "NewsAlerts SMS sink",
            ["owner_account_sid"] = sink.AccountSid,
            ["sid"] = sink.AccountSid,
            ["status"] = "active",
            ["type"] = "Full",
            ["uri"] = $"/2010-04-01/Accounts/{sink.AccountSid}.json",
        });
    }
}
