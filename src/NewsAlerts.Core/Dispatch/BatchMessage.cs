namespace NewsAlerts.Core.Dispatch;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;

/// <summary>
/// The body of a message on an alert queue: a delivery batch in web JSON (camelCase), written by the publisher and
/// read by the dispatcher with this one definition.
/// </summary>
public static class BatchMessage
{
    /// <summary>
    /// The largest Service Bus message, in bytes (256 KiB: the Standard tier's limit, learn.microsoft.com
    /// "Service Bus quotas"; the local emulator enforces the same, <c>ServiceBusEmulatorOptions.MaxMessageSizeBytes</c>).
    /// </summary>
    public const int MaxMessageBytes = 256 * 1024;

    /// <summary>
    /// Room in a message left for what is not the body (16 KiB): message id, subject, content type, the article id and
    /// urgency, the trace context, and AMQP framing.
    /// </summary>
    public const int HeaderAllowance = 16 * 1024;

    /// <summary>The most UTF-8 bytes a batch body may have (<see cref="MaxMessageBytes"/> less <see cref="HeaderAllowance"/>).</summary>
    public const int MaxBodyBytes = MaxMessageBytes - HeaderAllowance;

    /// <summary>
    /// The wire JSON settings of a batch body: web defaults (camelCase), and text in every script kept as UTF-8 (2-3
    /// bytes a character in Arabic or Chinese) rather than escaped as <c>\uXXXX</c> (6 bytes), still escaping what the
    /// default encoder escapes for safety (HTML-sensitive and control characters). Characters outside the Basic
    /// Multilingual Plane (most emoji) are escaped by every built-in encoder (dotnet/runtime#42847), 12 bytes a pair:
    /// batches are therefore sized by their written bytes (<see cref="Planning.BatchPacking"/>), never by characters.
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

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
            ? new BatchReading(null, $"The message is not {Words.EnglishArticle.With(channel == Channel.Sms ? "SMS" : "email")} delivery batch.")
            : new BatchReading(batch, null);
    }
}
