namespace NewsAlerts.Integration.Tests;

/// <summary>Tests that read the shared alert queues run one after another.</summary>
[CollectionDefinition("queues")]
public sealed class QueueCollection;
