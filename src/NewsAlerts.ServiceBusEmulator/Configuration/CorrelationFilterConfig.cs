namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>A correlation filter: every property that is set must equal the message's.</summary>
public sealed record CorrelationFilterConfig(
    string? ContentType = null,
    string? CorrelationId = null,
    string? Label = null,
    string? MessageId = null,
    string? ReplyTo = null,
    string? ReplyToSessionId = null,
    string? SessionId = null,
    string? To = null,
    IReadOnlyDictionary<string, object?>? Properties = null);
