using Amqp;
using Amqp.Framing;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// Writes a stored message for delivery: a fresh header (delivery count = prior attempts) and the broker's
/// annotations, followed by the sender's bare message bytes exactly as received.
/// </summary>
internal static class DeliveryEncoder
{
    public static ByteBuffer Encode(in DeliverySnapshot delivery, string? deadLetterSource = null)
    {
        var message = delivery.Message;
        var bare = message.Bare;
        var buffer = new ByteBuffer(bare.Length + 160, autoGrow: true);
        var header = new Header { Durable = message.Durable, Priority = message.Priority, DeliveryCount = (uint)delivery.DeliveryCount };
        if (message.TimeToLiveMilliseconds is { } ttl)
        {
            header.Ttl = ttl;
        }

        header.Encode(buffer);
        var annotations = new MessageAnnotations();
        if (message.Annotations is { } clientAnnotations)
        {
            foreach (var key in clientAnnotations.Keys)
            {
                annotations.Map[key] = clientAnnotations[key];
            }
        }

        annotations.Map[AnnotationNames.SequenceNumber] = message.SequenceNumber;
        annotations.Map[AnnotationNames.EnqueuedTime] = message.EnqueuedTime.UtcDateTime;
        if (!delivery.Settled && delivery.LockToken != Guid.Empty)
        {
            annotations.Map[AnnotationNames.LockedUntil] = delivery.LockedUntil.UtcDateTime;
        }

        if (message.ScheduledEnqueueTime is { } scheduled)
        {
            annotations.Map[AnnotationNames.ScheduledEnqueueTime] = scheduled.UtcDateTime;
        }

        // The client reports this as ServiceBusReceivedMessage.State: 0 active, 1 deferred, 2 scheduled.
        if (message.State == MessageState.Scheduled)
        {
            annotations.Map[AnnotationNames.MessageState] = 2;
        }
        else if (message.IsDeferred)
        {
            annotations.Map[AnnotationNames.MessageState] = 1;
        }

        if (deadLetterSource is not null)
        {
            annotations.Map[AnnotationNames.DeadLetterSource] = deadLetterSource;
        }

        annotations.Encode(buffer);
        AmqpBitConverter.WriteBytes(buffer, bare, 0, bare.Length);
        return buffer;
    }

    /// <summary>The encoded message as a byte array, for management responses (peek, receive-deferred).</summary>
    public static byte[] EncodeToArray(in DeliverySnapshot delivery)
    {
        var buffer = Encode(delivery);
        return buffer.Buffer.AsSpan(buffer.Offset, buffer.Length).ToArray();
    }
}
