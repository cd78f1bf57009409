namespace NewsAlerts.SmsSink;

using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;

/// <summary>Posts Twilio-style forms to the app, signed with <c>X-Twilio-Signature</c> as Twilio signs them.</summary>
public sealed class WebhookPoster(HttpClient http, IOptions<SinkOptions> options)
{
    private readonly TwilioRequestSigner signer = new(options.Value.AuthToken);

    /// <summary>Posts <paramref name="form"/> to <paramref name="url"/>; returns the app's status code and body.</summary>
    public async Task<(int Status, string Body)> PostAsync(Uri url, IReadOnlyList<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioRequestSigner.HeaderName, signer.Sign(url, form));
        request.Headers.UserAgent.ParseAdd("TwilioProxy/1.1");
        using var response = await http.SendAsync(request, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
