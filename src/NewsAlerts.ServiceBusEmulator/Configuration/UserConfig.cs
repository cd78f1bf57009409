namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>The <c>UserConfig</c> section: the namespaces and their entities.</summary>
public sealed record UserConfig(IReadOnlyList<NamespaceConfig> Namespaces);
