namespace NewsAlerts.Testing;

/// <summary>
/// The xunit collection of every test class that consumes the shared stack's queues (a host with the dispatcher, a
/// <c>dev</c> run on <see cref="SharedStack"/>, a processor of its own). The stack has one Service Bus namespace, so
/// its <c>email-alerts</c>, <c>sms-alerts</c> and <c>manage-links</c> queues are shared: two consumers with different
/// storages (table prefixes) would each take the other's messages and not find their subscribers. Classes of one
/// collection run one at a time. The infrastructure tests check that every such class names it.
/// </summary>
public static class SharedQueues
{
    /// <summary>The collection's name (the integration tests write it as the literal <c>"queues"</c>).</summary>
    public const string Collection = "queues";
}
