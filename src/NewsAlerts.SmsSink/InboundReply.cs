namespace NewsAlerts.SmsSink;

/// <summary>A reply to deliver to the app: <c>POST /sink/inbound</c> body, e.g. <c>{"from":"+15005550001","body":"STOP"}</c>.</summary>
/// <param name="From">The subscriber's number.</param>
/// <param name="Body">What they replied.</param>
/// <param name="To">The number they replied to (default: the sink's number).</param>
/// <param name="WebhookUrl">Where to post it (a loopback URL); default: the configured <c>Sink:InboundWebhookUrl</c>.</param>
public sealed record InboundReply(string From, string Body, string? To = null, Uri? WebhookUrl = null);
