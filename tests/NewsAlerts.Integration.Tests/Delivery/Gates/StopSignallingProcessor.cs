namespace NewsAlerts.Integration.Tests.Delivery.Gates;

using global::Azure.Messaging.ServiceBus;

/// <summary>A real processor that completes <c>stopping</c> when a handler's cancellation token is cancelled.</summary>
internal sealed class StopSignallingProcessor(ServiceBusClient client, string queueName, ServiceBusProcessorOptions options, TaskCompletionSource stopping)
    : ServiceBusProcessor(client, queueName, options)
{
    /// <inheritdoc />
    protected override async Task OnProcessMessageAsync(ProcessMessageEventArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var registration = args.CancellationToken.Register(() => stopping.TrySetResult());
        await base.OnProcessMessageAsync(args);
    }
}
