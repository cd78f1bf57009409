namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>
/// The root of the entity configuration file. The shape follows Microsoft's Service Bus emulator
/// (<c>{"UserConfig": {"Namespaces": [...]}}</c>) so an existing emulator config file can be reused.
/// </summary>
public sealed record EmulatorConfig(UserConfig UserConfig)
{
    /// <summary>Every queue of every namespace.</summary>
    public IEnumerable<QueueConfig> AllQueues => UserConfig.Namespaces.SelectMany(n => n.Queues ?? []);

    /// <summary>Every topic of every namespace.</summary>
    public IEnumerable<TopicConfig> AllTopics => UserConfig.Namespaces.SelectMany(n => n.Topics ?? []);
}
