namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Planning;

/// <summary>A queue message read as a delivery batch: the batch, or why it is not one.</summary>
/// <param name="Batch">The batch; null when the message is not one.</param>
/// <param name="Problem">Why it is not a batch of the queue's channel (the dead-letter description); null when it is.</param>
public sealed record BatchReading(DeliveryBatch? Batch, string? Problem);
