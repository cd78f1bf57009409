namespace NewsAlerts.Channels.Sms;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Twilio.Security;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> on Twilio's webhooks (inbound SMS, status callbacks) with the SDK's
/// <see cref="RequestValidator"/>. The URL must be the one Twilio called, as the public sees it (scheme, host, port,
/// path and query), which behind a proxy is not always the one the app sees. A signature made with the previous auth
/// token (<see cref="TwilioOptions.PreviousAuthToken"/>) is accepted too, so a token rotation refuses no webhook.
/// </summary>
public sealed class TwilioSignatureValidator
{
    private readonly RequestValidator[] validators;

    /// <summary>Creates the validator with the account's auth token (and the previous one, when set).</summary>
    public TwilioSignatureValidator(IOptions<TwilioOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var current = options.Value.AuthToken;
        var previous = options.Value.PreviousAuthToken;
        validators = string.IsNullOrWhiteSpace(previous) || previous == current
            ? [new RequestValidator(current)]
            : [new RequestValidator(current), new RequestValidator(previous)];
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

        return validators.Any(v => v.Validate(url.OriginalString, parameters, signature));
    }

    /// <summary>
    /// Whether a webhook request carries a valid signature. <paramref name="publicBaseUrl"/> is the app's address as
    /// Twilio calls it (e.g. <c>https://app.example</c>), needed behind a proxy; null takes the request's own.
    /// </summary>
    public async Task<bool> IsValidAsync(HttpRequest request, Uri? publicBaseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseUrl = publicBaseUrl?.GetLeftPart(UriPartial.Authority) ?? $"{request.Scheme}://{request.Host}";
        var url = new Uri(baseUrl + request.PathBase + request.Path + request.QueryString);
        var form = request.HasFormContentType
            ? (await request.ReadFormAsync(cancellationToken)).Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString()))
            : [];
        return IsValid(url, form, request.Headers[TwilioRequestSigner.HeaderName].ToString());
    }
}
