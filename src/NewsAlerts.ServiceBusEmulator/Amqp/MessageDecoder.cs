using System.Buffers.Binary;
using Amqp;
using Amqp.Framing;
using Amqp.Types;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// Decodes transferred messages. Only the header and annotations (what the broker acts on) are decoded
/// eagerly; the bare message is kept as the exact bytes the sender encoded, so it is re-sent untouched and
/// decoded only when a filter or duplicate detection needs its properties.
/// </summary>
internal static class MessageDecoder
{
    /// <summary>The message format Service Bus clients use for a batch: each Data section is one encoded message.</summary>
    public const uint BatchFormat = 0x80013700;

    public static IncomingMessage Decode(ByteBuffer buffer)
    {
        var end = buffer.Offset + buffer.Length;
        var message = new IncomingMessage { EncodedSize = buffer.Length };
        while (buffer.Length > 0)
        {
            var sectionStart = buffer.Offset;
            if (!IsBrokerSection(buffer))
            {
                message.Bare = buffer.Buffer.AsSpan(sectionStart, end - sectionStart).ToArray();
                break;
            }

            switch (Encoder.ReadObject(buffer))
            {
                case Header header:
                    message.Header = header;
                    break;
                case DeliveryAnnotations deliveryAnnotations:
                    message.DeliveryAnnotations = deliveryAnnotations;
                    break;
                case MessageAnnotations annotations:
                    message.MessageAnnotations = annotations;
                    break;
                default:
                    break;
            }
        }

        ReadAnnotations(message);
        return message;
    }

    /// <summary>Decodes the bare message's sections into the message's fields (idempotent, not thread-safe).</summary>
    public static void DecodeBare(IncomingMessage message)
    {
        var bare = message.Bare;
        var buffer = new ByteBuffer(bare, 0, bare.Length, bare.Length);
        List<Data>? dataSections = null;
        while (buffer.Length > 0)
        {
            Assign(message, Encoder.ReadObject(buffer), ref dataSections);
        }
    }

    /// <summary>Splits a batch into its messages; a plain message is a batch of one.</summary>
    public static IReadOnlyList<IncomingMessage> Unbatch(IncomingMessage message)
    {
        if (message.Format != BatchFormat)
        {
            return [message];
        }

        // Walk the Data sections in place (descriptor 0x75, then vbin8 or vbin32) so each inner message is
        // decoded straight from the batch's bytes, without an intermediate copy per message. Other sections
        // (the envelope's properties) are skipped.
        var parts = new List<IncomingMessage>();
        var bare = message.Bare;
        var buffer = new ByteBuffer(bare, 0, bare.Length, bare.Length);
        while (buffer.Length > 0)
        {
            var position = buffer.Offset;
            if (buffer.Length >= 5 && bare[position] == 0x00 && bare[position + 1] == 0x53 && bare[position + 2] == 0x75)
            {
                var small = bare[position + 3] == 0xa0;
                var start = position + (small ? 5 : 8);
                var length = small ? bare[position + 4] : BinaryPrimitives.ReadInt32BigEndian(bare.AsSpan(position + 4, 4));
                parts.Add(Decode(new ByteBuffer(bare, start, length, length)));
                buffer.Complete(start + length - position);
            }
            else
            {
                _ = Encoder.ReadObject(buffer);
            }
        }

        return parts;
    }

    /// <summary>Peeks at the section descriptor: header (0x70), delivery (0x71) or message annotations (0x72).</summary>
    private static bool IsBrokerSection(ByteBuffer buffer) =>
        buffer.Length >= 3
        && buffer.Buffer[buffer.Offset] == 0x00
        && buffer.Buffer[buffer.Offset + 1] == 0x53
        && buffer.Buffer[buffer.Offset + 2] is 0x70 or 0x71 or 0x72;

    private static void Assign(IncomingMessage message, object section, ref List<Data>? dataSections)
    {
        switch (section)
        {
            case Properties properties:
                message.Properties = properties;
                break;
            case ApplicationProperties applicationProperties:
                message.ApplicationProperties = applicationProperties;
                break;
            case Data data when message.BodySection is null:
                message.BodySection = data;
                break;
            case Data data:
                dataSections ??= [(Data)message.BodySection];
                dataSections.Add(data);
                var list = new DataList();
                foreach (var item in dataSections)
                {
                    list.Add(item);
                }

                message.BodySection = list;
                break;
            case AmqpValue or AmqpSequence:
                message.BodySection = (RestrictedDescribed)section;
                break;
            case Footer footer:
                message.Footer = footer;
                break;
            default:
                throw new AmqpException(ErrorCode.DecodeError, "The message has a section the emulator does not know.");
        }
    }

    private static void ReadAnnotations(IncomingMessage message)
    {
        var annotations = message.MessageAnnotations?.Map;
        if (annotations is null || annotations.Count == 0)
        {
            return;
        }

        Map? kept = null;
        foreach (var key in annotations.Keys)
        {
            var name = key.ToString() ?? string.Empty;
            if (name == "x-opt-scheduled-enqueue-time")
            {
                if (annotations[key] is DateTime scheduled)
                {
                    message.ScheduledEnqueueTime = new DateTimeOffset(DateTime.SpecifyKind(scheduled, DateTimeKind.Utc));
                }

                continue;
            }

            if (AnnotationNames.IsBrokerOwned(name))
            {
                continue;
            }

            kept ??= [];
            kept[key] = annotations[key];
        }

        message.ClientAnnotations = kept;
    }
}
