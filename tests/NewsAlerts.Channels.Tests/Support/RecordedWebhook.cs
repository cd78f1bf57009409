namespace NewsAlerts.Channels.Tests.Support;

/// <summary>One webhook request the recorder received.</summary>
public sealed record RecordedWebhook(Uri Url, IReadOnlyList<KeyValuePair<string, string>> Form, string Signature)
{
    public string? this[string name] => Form.FirstOrDefault(p => p.Key == name).Value;
}
