namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Planning;

/// <summary>Puts delivery batches on their channel's queue, each with its idempotent message id.</summary>
public interface IAlertPublisher
{
    /// <summary>Sends the batches; sending the same batch twice is a no-op for the receiver.</summary>
    Task PublishAsync(IReadOnlyList<DeliveryBatch> batches, CancellationToken cancellationToken);

    /// <summary>
    /// Sends batches now for delivery at their time (Service Bus scheduled messages: invisible to the dispatcher until
    /// then); sending the same batch twice is a no-op for the receiver.
    /// </summary>
    Task ScheduleAsync(IReadOnlyList<Policy.ScheduledBatch> batches, CancellationToken cancellationToken);
}
