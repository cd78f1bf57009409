namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>A subscription rule; a message is copied to the subscription when any rule matches.</summary>
public sealed record RuleConfig(string Name, RuleProperties Properties);
