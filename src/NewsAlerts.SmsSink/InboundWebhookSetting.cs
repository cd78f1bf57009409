namespace NewsAlerts.SmsSink;

/// <summary>The body of <c>PUT /sink/inbound-webhook</c>, e.g. <c>{"url":"http://127.0.0.1:7071/api/twilio/inbound"}</c>.</summary>
/// <param name="Url">The app's inbound-SMS webhook (a loopback URL).</param>
public sealed record InboundWebhookSetting(Uri? Url);
