namespace NewsAlerts.Integration.Tests.Delivery.Gates;

using global::Azure.Messaging.ServiceBus;

/// <summary>
/// A real <see cref="ServiceBusClient"/> whose processor on one queue reports when it is stopping, that is when
/// the token its message handlers see is cancelled (the moment a worker stops taking new work).
/// </summary>
internal sealed class StopSignallingServiceBusClient(string connectionString, string watchedQueue) : ServiceBusClient(connectionString)
{
    private readonly TaskCompletionSource stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a handler's cancellation token on the watched queue is cancelled.</summary>
    public Task Stopping => stopping.Task;

    /// <inheritdoc />
    public override ServiceBusProcessor CreateProcessor(string queueName, ServiceBusProcessorOptions options) =>
        string.Equals(queueName, watchedQueue, StringComparison.Ordinal)
            ? new StopSignallingProcessor(this, queueName, options, stopping)
            : base.CreateProcessor(queueName, options);
}
