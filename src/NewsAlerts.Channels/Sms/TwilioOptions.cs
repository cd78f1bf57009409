namespace NewsAlerts.Channels.Sms;

using System.ComponentModel.DataAnnotations;

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

    /// <summary>
    /// The most messages per second this sender hands to Twilio (about 1 for a long code, 100 for a short code), 0.1 to
    /// 1000. Source of the limits: Twilio's documented sender throughput (long code 1 MPS, toll-free 3, short code 100 by
    /// default); 0.1 (one text every 10 seconds) is the slowest pace that still delivers a breaking alert to a few
    /// dozen people within minutes, and 1000 is ten short codes' worth, more than one account's sender is granted.
    /// </summary>
    [Range(0.1, 1000)]
    public double MessagesPerSecond { get; set; } = 1;

    /// <summary>
    /// How long one REST call may take before the send counts as a transient failure, 1 second to 5 minutes. Source of
    /// the limits: a call is a few hundred milliseconds (under 1 s it would time out on an ordinary slow day), and
    /// Service Bus holds a batch's message lock at most 5 minutes (its longest LockDuration), so a longer wait would
    /// outlive the lock and the batch would be sent again meanwhile.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
