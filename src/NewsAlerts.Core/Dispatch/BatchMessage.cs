namespace NewsAlerts.Core.Dispatch;

using System.Text.Json;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;

/// <summary>Reads the body of a message on an alert queue as the delivery batch the publisher wrote (web JSON).</summary>
public static class BatchMessage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Reads <paramref name="body"/> (UTF-8 JSON); a body that is not JSON of a batch, or a batch of another channel
    /// than the queue's <paramref name="channel"/>, comes back as a problem to dead-letter with.
    /// </summary>
    public static BatchReading Read(ReadOnlySpan<byte> body, Channel channel)
    {
        DeliveryBatch? batch;
        try
        {
            batch = JsonSerializer.Deserialize<DeliveryBatch>(body, Json);
        }
        catch (JsonException ex)
        {
            return new BatchReading(null, $"The message body is not a delivery batch: {ex.Message}");
        }

        return batch is null || batch.Channel != channel || batch.Recipients is null
            ? new BatchReading(null, $"The message is not a {channel} delivery batch.")
            : new BatchReading(batch, null);
    }
}
