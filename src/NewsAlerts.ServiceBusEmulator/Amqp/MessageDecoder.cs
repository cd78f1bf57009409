using Amqp;
using Amqp.Framing;
using Amqp.Types;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// Decodes transferred messages section by section, remembering where the bare message starts so its bytes
/// can be stored and re-sent untouched (every property and body kind survives the round trip).
/// </summary>
internal static class MessageDecoder
{
    /// <summary>The message format Service Bus clients use for a batch: each Data section is one encoded message.</summary>
    public const uint BatchFormat = 0x80013700;

    public static IncomingMessage Decode(ByteBuffer buffer)
    {
        var end = buffer.Offset + buffer.Length;
        var message = new IncomingMessage { EncodedSize = buffer.Length };
        var bareStart = -1;
        List<Data>? dataSections = null;
        while (buffer.Length > 0)
        {
            var sectionStart = buffer.Offset;
            var section = Encoder.ReadObject(buffer);
            switch (section)
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
                    if (bareStart < 0)
                    {
                        bareStart = sectionStart;
                    }

                    Assign(message, section, ref dataSections);
                    break;
            }
        }

        if (bareStart < 0)
        {
            bareStart = end;
        }

        message.Bare = buffer.Buffer.AsSpan(bareStart, end - bareStart).ToArray();
        ReadAnnotations(message);
        return message;
    }

    /// <summary>Splits a batch into its messages; a plain message is a batch of one.</summary>
    public static IReadOnlyList<IncomingMessage> Unbatch(IncomingMessage message)
    {
        if (message.Format != BatchFormat)
        {
            return [message];
        }

        var parts = new List<IncomingMessage>();
        switch (message.BodySection)
        {
            case Data data:
                parts.Add(Decode(new ByteBuffer(data.Binary, 0, data.Binary.Length, data.Binary.Length)));
                break;
            case DataList list:
                for (var i = 0; i < list.Count; i++)
                {
                    var binary = list[i].Binary;
                    parts.Add(Decode(new ByteBuffer(binary, 0, binary.Length, binary.Length)));
                }

                break;
            default:
                break;
        }

        return parts;
    }

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
            case Data data:
                if (message.BodySection is null)
                {
                    message.BodySection = data;
                }
                else
                {
                    dataSections ??= [(Data)message.BodySection];
                    dataSections.Add(data);
                    var list = new DataList();
                    foreach (var item in dataSections)
                    {
                        list.Add(item);
                    }

                    message.BodySection = list;
                }

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
            if (name == AnnotationNames.ScheduledEnqueueTime.ToString())
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
