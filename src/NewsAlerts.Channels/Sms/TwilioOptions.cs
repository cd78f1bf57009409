namespace NewsAlerts.Channels.Sms;

/// <summary>The Twilio account SMS alerts go through (section <c>Twilio</c>; app settings <c>Twilio__AccountSid</c> etc.).</summary>
public sealed class TwilioOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Twilio";

    /// <summary>The account SID (<c>AC</c> + 32 hex digits).</summary>
    public string? AccountSid { get; set; }

    /// <summary>The auth token (in Azure a Key Vault reference app setting); also the key of webhook signatures.</summary>
    public string? AuthToken { get; set; }

    /// <summary>
    /// The auth token before the last change (optional; a Key Vault reference in Azure). Webhook signatures made with
    /// it still verify, so status callbacks and STOP replies are not refused while Twilio still signs with the old
    /// primary token during a rotation. REST calls always use <see cref="AuthToken"/>.
    /// </summary>
    public string? PreviousAuthToken { get; set; }

    /// <summary>The sending number in E.164 form; or set <see cref="MessagingServiceSid"/>.</summary>
    public string? FromNumber { get; set; }

    /// <summary>A Messaging Service (<c>MG</c>...) that picks the sender; wins over <see cref="FromNumber"/>.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>
    /// Where the REST API is: null in Azure (the SDK's <c>https://api.twilio.com</c>); the SMS sink locally, e.g.
    /// <c>http://127.0.0.1:5090</c>. Requests keep their path; only scheme, host and port change.
    /// </summary>
    public Uri? ApiBaseUrl { get; set; }

    /// <summary>The status callback URL used when a request names none, e.g. <c>https://app.example/api/twilio/status</c>.</summary>
    public Uri? StatusCallbackUrl { get; set; }

    /// <summary>The most messages per second this sender hands to Twilio (about 1 for a long code, 100 for a short code).</summary>
    public double MessagesPerSecond { get; set; } = 1;

    /// <summary>How long one REST call may take before the send counts as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
