namespace NewsAlerts.Channels.Sms;

using Microsoft.Extensions.Options;
using Twilio.Security;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> on Twilio's webhooks (inbound SMS, status callbacks) with the SDK's
/// <see cref="RequestValidator"/>. The URL must be the one Twilio called, as the public sees it (scheme, host, port,
/// path and query), which behind a proxy is not always the one the app sees.
/// </summary>
public sealed class TwilioSignatureValidator
{
    private readonly RequestValidator validator;

    /// <summary>Creates the validator with the account's auth token.</summary>
    public TwilioSignatureValidator(IOptions<TwilioOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        validator = new RequestValidator(options.Value.AuthToken);
    }

    /// <summary>Whether <paramref name="signature"/> is Twilio's signature of this URL and form.</summary>
    public bool IsValid(Uri url, IEnumerable<KeyValuePair<string, string>> form, string? signature)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in form)
        {
            parameters[key] = value;
        }

        return validator.Validate(url.OriginalString, parameters, signature);
    }
}
