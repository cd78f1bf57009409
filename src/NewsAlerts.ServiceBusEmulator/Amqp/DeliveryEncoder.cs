using System.Buffers.Binary;
using Amqp;
using Amqp.Types;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// Writes a stored message for delivery: a fresh header (delivery count = prior attempts) and the broker's
/// annotations, then the sender's bare message bytes exactly as received. The two sections are encoded by
/// hand because this runs once per delivered message: no section objects, maps or boxed values.
/// </summary>
internal static class DeliveryEncoder
{
    private const byte Described = 0x00;
    private const byte SmallULong = 0x53;
    private const byte HeaderCode = 0x70;
    private const byte MessageAnnotationsCode = 0x72;
    private const byte List32 = 0xd0;
    private const byte Map32 = 0xd1;
    private const byte Null = 0x40;

    public static ByteBuffer Encode(in DeliverySnapshot delivery)
    {
        var message = delivery.Message;
        var bare = message.Bare;
        var buffer = new ByteBuffer(bare.Length + 192, autoGrow: true);
        WriteHeader(buffer, message, delivery.DeliveryCount);
        WriteAnnotations(buffer, delivery);
        AmqpBitConverter.WriteBytes(buffer, bare, 0, bare.Length);
        return buffer;
    }

    /// <summary>The encoded message as a byte array, for management responses (peek, receive-deferred).</summary>
    public static byte[] EncodeToArray(in DeliverySnapshot delivery)
    {
        var buffer = Encode(delivery);
        return buffer.Buffer.AsSpan(buffer.Offset, buffer.Length).ToArray();
    }

    private static void WriteHeader(ByteBuffer buffer, StoredMessage message, int deliveryCount)
    {
        WriteDescriptor(buffer, HeaderCode);
        var sizeAt = BeginCompound(buffer, List32);
        Encoder.WriteBoolean(buffer, message.Durable, smallEncoding: true);
        AmqpBitConverter.WriteUByte(buffer, 0x50);
        AmqpBitConverter.WriteUByte(buffer, message.Priority);
        if (message.TimeToLiveMilliseconds is { } ttl)
        {
            Encoder.WriteUInt(buffer, ttl, smallEncoding: true);
        }
        else
        {
            AmqpBitConverter.WriteUByte(buffer, Null);
        }

        AmqpBitConverter.WriteUByte(buffer, Null);
        Encoder.WriteUInt(buffer, (uint)deliveryCount, smallEncoding: true);
        EndCompound(buffer, sizeAt, count: 5);
    }

    private static void WriteAnnotations(ByteBuffer buffer, in DeliverySnapshot delivery)
    {
        var message = delivery.Message;
        WriteDescriptor(buffer, MessageAnnotationsCode);
        var sizeAt = BeginCompound(buffer, Map32);
        var entries = 2;
        Encoder.WriteSymbol(buffer, AnnotationNames.SequenceNumber, smallEncoding: true);
        Encoder.WriteLong(buffer, message.SequenceNumber, smallEncoding: true);
        Encoder.WriteSymbol(buffer, AnnotationNames.EnqueuedTime, smallEncoding: true);
        Encoder.WriteTimestamp(buffer, message.EnqueuedTime.UtcDateTime);
        if (!delivery.Settled && delivery.LockToken != Guid.Empty)
        {
            Encoder.WriteSymbol(buffer, AnnotationNames.LockedUntil, smallEncoding: true);
            Encoder.WriteTimestamp(buffer, delivery.LockedUntil.UtcDateTime);
            entries++;
        }

        if (message.ScheduledEnqueueTime is { } scheduled)
        {
            Encoder.WriteSymbol(buffer, AnnotationNames.ScheduledEnqueueTime, smallEncoding: true);
            Encoder.WriteTimestamp(buffer, scheduled.UtcDateTime);
            entries++;
        }

        // The client reports this as ServiceBusReceivedMessage.State: 0 active, 1 deferred, 2 scheduled.
        var state = message.State == MessageState.Scheduled ? 2 : message.IsDeferred ? 1 : 0;
        if (state != 0)
        {
            Encoder.WriteSymbol(buffer, AnnotationNames.MessageState, smallEncoding: true);
            Encoder.WriteInt(buffer, state, smallEncoding: true);
            entries++;
        }

        if (message.Annotations is { } clientAnnotations)
        {
            foreach (var key in clientAnnotations.Keys)
            {
                Encoder.WriteObject(buffer, key);
                Encoder.WriteObject(buffer, clientAnnotations[key]);
                entries++;
            }
        }

        EndCompound(buffer, sizeAt, count: entries * 2);
    }

    private static void WriteDescriptor(ByteBuffer buffer, byte code)
    {
        AmqpBitConverter.WriteUByte(buffer, Described);
        AmqpBitConverter.WriteUByte(buffer, SmallULong);
        AmqpBitConverter.WriteUByte(buffer, code);
    }

    /// <summary>Writes a 32-bit compound's format code and room for its size and count; returns where the size goes.</summary>
    private static int BeginCompound(ByteBuffer buffer, byte formatCode)
    {
        AmqpBitConverter.WriteUByte(buffer, formatCode);
        var sizeAt = buffer.WritePos;
        AmqpBitConverter.WriteInt(buffer, 0);
        AmqpBitConverter.WriteInt(buffer, 0);
        return sizeAt;
    }

    private static void EndCompound(ByteBuffer buffer, int sizeAt, int count)
    {
        var span = buffer.Buffer.AsSpan(sizeAt, 8);
        BinaryPrimitives.WriteInt32BigEndian(span, buffer.WritePos - sizeAt - 4);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], count);
    }
}
