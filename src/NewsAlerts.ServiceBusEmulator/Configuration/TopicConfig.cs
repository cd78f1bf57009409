namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>A topic, its properties (TTL, duplicate detection) and its subscriptions.</summary>
public sealed record TopicConfig(
    string Name,
    EntityProperties? Properties = null,
    IReadOnlyList<SubscriptionConfig>? Subscriptions = null);
