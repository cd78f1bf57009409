namespace NewsAlerts.SmsSink;

/// <summary>
/// The sink's settings (section <c>Sink</c>): command line <c>--Sink:AccountSid=AC...</c> or the short switches in
/// <see cref="SmsSinkApp.SwitchMappings"/>, environment <c>Sink__AccountSid</c>.
/// </summary>
public sealed class SinkOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sink";

    /// <summary>The account SID clients must use (path and Basic auth user).</summary>
    public string AccountSid { get; set; } = "AC00000000000000000000000000000000";

    /// <summary>The auth token clients must use (Basic auth password); also the key the sink signs callbacks with.</summary>
    public string AuthToken { get; set; } = "local-sink-auth-token";

    /// <summary>Numbers answered with Twilio error 21211 (invalid 'To'), comma-separated.</summary>
    public string InvalidNumbers { get; set; } = string.Empty;

    /// <summary>Numbers answered with Twilio error 21610 (replied STOP), comma-separated.</summary>
    public string OptedOutNumbers { get; set; } = string.Empty;

    /// <summary>The app's inbound-SMS webhook, where <c>POST /sink/inbound</c> delivers replies; none by default.</summary>
    public Uri? InboundWebhookUrl { get; set; }

    /// <summary>The sink's own phone number: the 'To' of inbound replies.</summary>
    public string Number { get; set; } = "+15005550006";

    /// <summary>Like Twilio, refuse (21610) numbers that replied STOP until they reply START.</summary>
    public bool HonourStopReplies { get; set; } = true;

    /// <summary>The numbers in a comma-separated setting.</summary>
    public static IEnumerable<string> Split(string numbers) =>
        numbers.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
