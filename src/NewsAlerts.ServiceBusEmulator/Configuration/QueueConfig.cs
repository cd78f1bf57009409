namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>A queue and its properties.</summary>
public sealed record QueueConfig(string Name, EntityProperties? Properties = null);
