namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Planning;

/// <summary>A batch to enqueue now for delivery at a later time (a Service Bus scheduled message): texts held by quiet hours.</summary>
/// <param name="At">When it may be delivered (UTC).</param>
/// <param name="Batch">The batch.</param>
public sealed record ScheduledBatch(DateTimeOffset At, DeliveryBatch Batch);
