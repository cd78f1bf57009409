namespace NewsAlerts.SmsSink;

using Microsoft.Extensions.Options;

/// <summary>
/// Where <c>POST /sink/inbound</c> delivers replies: <c>Sink:InboundWebhookUrl</c> at start, changed at run time with
/// <c>PUT /sink/inbound-webhook</c> (as a Twilio number's messaging webhook is changed in the console), so a sink that
/// outlives one app run points at the next one.
/// </summary>
public sealed class InboundWebhook(IOptions<SinkOptions> options)
{
    private Uri? url = options.Value.InboundWebhookUrl;

    /// <summary>The app's inbound-SMS webhook, or null when none is set.</summary>
    public Uri? Url
    {
        get => Volatile.Read(ref url);
        set => Volatile.Write(ref url, value);
    }
}
