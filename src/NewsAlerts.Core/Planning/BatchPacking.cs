namespace NewsAlerts.Core.Planning;

using System.Text.Json;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// Splits recipients into delivery batches (pure): at most a number of recipients each, and at most a number of bytes
/// of body as <see cref="BatchMessage.Write"/> writes it (UTF-8 JSON, measured, not estimated from characters: a
/// reason in Arabic takes 2 bytes a character, in Chinese 3, an emoji escaped 6), so every batch fits one Service Bus
/// message whatever the script of its reasons. Recipients keep their order; batches are numbered from a first number.
/// </summary>
public static class BatchPacking
{
    /// <summary>
    /// The batches of <paramref name="recipients"/> on <paramref name="channel"/> saying <paramref name="content"/>: each
    /// with at most <paramref name="batchSize"/> recipients and a body of at most <paramref name="maxBytes"/> bytes,
    /// numbered from <paramref name="firstNumber"/>. A recipient whose batch alone would be larger goes in a batch of its
    /// own (the publisher refuses it with the batch's id; a reason is capped, so only an oversized article can do this).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> or <paramref name="maxBytes"/> is less than 1.</exception>
    public static IEnumerable<DeliveryBatch> Pack(
        Channel channel, IEnumerable<BatchRecipient> recipients, AlertContent content, int batchSize,
        int firstNumber = 0, DateTimeOffset? plannedFor = null, int maxBytes = BatchMessage.MaxBodyBytes)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        return PackIterator(channel, recipients, content, batchSize, firstNumber, plannedFor, maxBytes);
    }

    /// <summary>The UTF-8 bytes <paramref name="recipient"/> takes in a batch body, without the comma that separates it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    public static int BytesOf(BatchRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return JsonSerializer.SerializeToUtf8Bytes(recipient, BatchMessage.JsonOptions).Length;
    }

    private static IEnumerable<DeliveryBatch> PackIterator(
        Channel channel, IEnumerable<BatchRecipient> recipients, AlertContent content, int batchSize, int number, DateTimeOffset? plannedFor, int maxBytes)
    {
        var group = new List<BatchRecipient>(Math.Min(batchSize, 256));
        var bytes = EmptyBytes(channel, number, content, plannedFor);
        foreach (var recipient in recipients)
        {
            // A body is the empty batch's bytes plus each recipient's, with a comma between two: exact, not estimated.
            var adding = BytesOf(recipient) + (group.Count > 0 ? 1 : 0);
            if (group.Count > 0 && (group.Count == batchSize || bytes + adding > maxBytes))
            {
                yield return new DeliveryBatch(channel, number, content, group.ToArray(), plannedFor);
                group.Clear();
                number++;
                bytes = EmptyBytes(channel, number, content, plannedFor);
                adding = BytesOf(recipient);
            }

            group.Add(recipient);
            bytes += adding;
        }

        if (group.Count > 0)
        {
            yield return new DeliveryBatch(channel, number, content, group.ToArray(), plannedFor);
        }
    }

    private static int EmptyBytes(Channel channel, int number, AlertContent content, DateTimeOffset? plannedFor) =>
        BatchMessage.Write(new DeliveryBatch(channel, number, content, [], plannedFor)).Length;
}
