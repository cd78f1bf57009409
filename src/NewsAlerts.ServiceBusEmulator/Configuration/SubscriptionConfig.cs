namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>A subscription; with no rules it receives every message of its topic.</summary>
public sealed record SubscriptionConfig(
    string Name,
    EntityProperties? Properties = null,
    IReadOnlyList<RuleConfig>? Rules = null);
