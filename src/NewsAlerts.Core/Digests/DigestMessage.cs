namespace NewsAlerts.Core.Digests;

using System.Text.Json;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// A digest batch on the email queue: its body is the <see cref="DigestBatch"/> in web JSON, its subject
/// <see cref="Subject"/> tells the email worker it is a digest rather than an alert batch.
/// </summary>
public static class DigestMessage
{
    /// <summary>The message subject (Service Bus <c>Subject</c>, AMQP <c>subject</c>) of a digest batch.</summary>
    public const string Subject = "Digest";

    /// <summary>Writes <paramref name="batch"/> as the UTF-8 JSON body of its queue message.</summary>
    public static byte[] Write(DigestBatch batch) => JsonSerializer.SerializeToUtf8Bytes(batch, BatchMessage.JsonOptions);

    /// <summary>Reads a digest batch; null when <paramref name="body"/> is not one (the caller dead-letters with <paramref name="problem"/>).</summary>
    public static DigestBatch? Read(ReadOnlySpan<byte> body, out string? problem)
    {
        try
        {
            var batch = JsonSerializer.Deserialize<DigestBatch>(body, BatchMessage.JsonOptions);
            problem = batch is { SubscriberId.Length: > 0, ArticleIds: not null } ? null : "The message is not a digest batch.";
            return problem is null ? batch : null;
        }
        catch (JsonException ex)
        {
            problem = $"The message body is not a digest batch: {ex.Message}";
            return null;
        }
    }

    /// <summary>
    /// The ledger's key for a digest (where an alert has its article id): one row per subscriber and due time, so a
    /// digest redelivered or queued again is sent once.
    /// </summary>
    public static string LedgerKey(DateTimeOffset dueAt) => $"digest:{dueAt.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture)}";
}
