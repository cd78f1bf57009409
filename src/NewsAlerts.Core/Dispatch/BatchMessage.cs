namespace NewsAlerts.Core.Dispatch;

using System.Text.Json;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;

/// <summary>
/// The body of a message on an alert queue: a delivery batch in web JSON (camelCase), written by the publisher and
/// read by the dispatcher with this one definition.
/// </summary>
public static class BatchMessage
{
    /// <summary>The wire JSON settings of a batch body.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Writes <paramref name="batch"/> as the UTF-8 JSON body of its queue message.</summary>
    public static byte[] Write(DeliveryBatch batch) => JsonSerializer.SerializeToUtf8Bytes(batch, JsonOptions);

    /// <summary>
    /// Reads <paramref name="body"/> (UTF-8 JSON); a body that is not JSON of a batch, or a batch of another channel
    /// than the queue's <paramref name="channel"/>, comes back as a problem to dead-letter with.
    /// </summary>
    public static BatchReading Read(ReadOnlySpan<byte> body, Channel channel)
    {
        DeliveryBatch? batch;
        try
        {
            batch = JsonSerializer.Deserialize<DeliveryBatch>(body, JsonOptions);
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
