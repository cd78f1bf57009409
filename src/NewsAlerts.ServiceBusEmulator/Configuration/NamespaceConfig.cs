namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>One namespace. The emulator serves all namespaces on one endpoint, so entity names must be unique.</summary>
public sealed record NamespaceConfig(
    string Name,
    IReadOnlyList<QueueConfig>? Queues = null,
    IReadOnlyList<TopicConfig>? Topics = null);
