namespace NewsAlerts.Channels.Sms;

/// <summary>
/// Sends the Twilio SDK's requests for <c>*.twilio.com</c> to another base URL (the local SMS sink), keeping path and
/// query, so the real SDK, with its serialisation and error parsing, is what the tests exercise.
/// </summary>
public sealed class TwilioApiBaseHandler(Uri apiBaseUrl) : DelegatingHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } uri && uri.Host.EndsWith("twilio.com", StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = apiBaseUrl.Scheme, Host = apiBaseUrl.Host, Port = apiBaseUrl.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
