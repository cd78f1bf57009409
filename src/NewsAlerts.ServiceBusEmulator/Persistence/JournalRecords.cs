using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using Amqp;
using Amqp.Types;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>
/// The journal's record format. Each record is framed as a 32-bit little-endian payload length, the payload's CRC-32C,
/// then the payload: a kind byte, a part byte (0 the entity, 1 its dead-letter queue), the sequence number, then:
/// <list type="bullet">
/// <item>Added: enqueued, expiry and scheduled times (UTC ticks, 0 = not scheduled), delivery count, flags (1 durable,
/// 2 deferred), priority, TTL in ms (0 = none), the sender's annotations (AMQP map, length -1 = none), the bare message.</item>
/// <item>Updated (abandoned, deferred, properties modified): delivery count, flags, the bare message.</item>
/// <item>Removed (completed, cancelled, expired, moved to the dead-letter queue).</item>
/// <item>Numbered: the highest sequence number handed out (written by compaction, so numbers never repeat).</item>
/// <item>Locked: handed to a receiver in peek-lock mode. A message still locked when the emulator stopped is available
/// again on restart with one more delivery counted, as when a lock lapses on Azure.</item>
/// <item>Seen: a message id that duplicate detection recorded; the sequence-number field holds when (UTC ticks), then
/// the id in UTF-8 (as <see cref="Amqp.MessageIds.Text"/> spells it, so ids of different AMQP types stay apart).</item>
/// </list>
/// A torn or corrupt tail (a crash mid-write) ends the journal at the last whole record.
/// </summary>
internal static class JournalRecords
{
    public const byte Added = 1;
    public const byte Removed = 2;
    public const byte Updated = 3;
    public const byte Numbered = 4;
    public const byte Locked = 5;
    public const byte Seen = 6;
    private const int FrameSize = 8;
    private const byte DurableFlag = 1;
    private const byte DeferredFlag = 2;

    public static void WriteAdded(IBufferWriter<byte> output, byte part, StoredMessage message, DateTimeOffset? scheduledFor)
    {
        byte[]? annotations = null;
        if (message.Annotations is { } map)
        {
            var buffer = new ByteBuffer(256, autoGrow: true);
            Encoder.WriteObject(buffer, map);
            annotations = buffer.Buffer.AsSpan(buffer.Offset, buffer.Length).ToArray();
        }

        var length = 2 + 8 + 8 + 8 + 8 + 4 + 1 + 1 + 4 + 4 + (annotations?.Length ?? 0) + message.Bare.Length;
        var frame = Begin(output, length, Added, part, message.SequenceNumber);
        var span = frame[FrameSize..];
        var at = 10;
        BinaryPrimitives.WriteInt64LittleEndian(span[at..], message.EnqueuedTime.UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(span[(at + 8)..], message.ExpiresAt.UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(span[(at + 16)..], scheduledFor?.UtcTicks ?? 0);
        BinaryPrimitives.WriteInt32LittleEndian(span[(at + 24)..], message.DeliveryCount);
        span[at + 28] = Flags(message);
        span[at + 29] = message.Priority;
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 30)..], message.TimeToLiveMilliseconds ?? 0);
        BinaryPrimitives.WriteInt32LittleEndian(span[(at + 34)..], annotations?.Length ?? -1);
        at += 38;
        annotations.AsSpan().CopyTo(span[at..]);
        message.Bare.CopyTo(span[(at + (annotations?.Length ?? 0))..]);
        End(output, frame);
    }

    public static void WriteUpdated(IBufferWriter<byte> output, byte part, StoredMessage message)
    {
        var length = 2 + 8 + 4 + 1 + message.Bare.Length;
        var frame = Begin(output, length, Updated, part, message.SequenceNumber);
        var span = frame[FrameSize..];
        BinaryPrimitives.WriteInt32LittleEndian(span[10..], message.DeliveryCount);
        span[14] = Flags(message);
        message.Bare.CopyTo(span[15..]);
        End(output, frame);
    }

    public static void WriteRemoved(IBufferWriter<byte> output, byte part, long sequenceNumber) =>
        WriteNumber(output, Removed, part, sequenceNumber);

    public static void WriteLocked(IBufferWriter<byte> output, byte part, long sequenceNumber) =>
        WriteNumber(output, Locked, part, sequenceNumber);

    public static void WriteNumbered(IBufferWriter<byte> output, byte part, long lastSequenceNumber) =>
        WriteNumber(output, Numbered, part, lastSequenceNumber);

    public static void WriteSeen(IBufferWriter<byte> output, byte part, string messageId, DateTimeOffset at)
    {
        var length = System.Text.Encoding.UTF8.GetByteCount(messageId);
        var frame = Begin(output, 10 + length, Seen, part, at.UtcTicks);
        _ = System.Text.Encoding.UTF8.GetBytes(messageId, frame[(FrameSize + 10)..]);
        End(output, frame);
    }

    /// <summary>
    /// Replays a journal's bytes into <paramref name="state"/>; returns how many bytes were whole records (the rest is
    /// a torn or corrupt tail, dropped).
    /// </summary>
    public static int Replay(ReadOnlySpan<byte> journal, JournalState state)
    {
        var at = 0;
        while (journal.Length - at >= FrameSize)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(journal[at..]);
            if (length < 10 || length > journal.Length - at - FrameSize)
            {
                break;
            }

            var payload = journal.Slice(at + FrameSize, length);
            if (BinaryPrimitives.ReadUInt32LittleEndian(journal[(at + 4)..]) != Checksum(payload) || payload[1] > 1)
            {
                break;
            }

            Apply(payload, state.Part(payload[1]));
            at += FrameSize + length;
        }

        return at;
    }

    private static void Apply(ReadOnlySpan<byte> payload, JournalState.PartState part)
    {
        var sequenceNumber = BinaryPrimitives.ReadInt64LittleEndian(payload[2..]);
        if (payload[0] == Seen)
        {
            // Not a message: the number is a time, and it must not count as a sequence number handed out.
            part.Seen.Add((System.Text.Encoding.UTF8.GetString(payload[10..]), new DateTimeOffset(sequenceNumber, TimeSpan.Zero)));
            return;
        }

        part.LastSequenceNumber = Math.Max(part.LastSequenceNumber, sequenceNumber);
        switch (payload[0])
        {
            case Added:
                var annotationsLength = BinaryPrimitives.ReadInt32LittleEndian(payload[44..]);
                if (annotationsLength > payload.Length - 48)
                {
                    break;
                }

                var annotations = annotationsLength < 0 ? null : payload.Slice(48, annotationsLength).ToArray();
                var scheduled = BinaryPrimitives.ReadInt64LittleEndian(payload[26..]);
                var ttl = BinaryPrimitives.ReadUInt32LittleEndian(payload[40..]);
                var message = new StoredMessage(
                    sequenceNumber,
                    payload[(48 + Math.Max(0, annotationsLength))..].ToArray(),
                    (payload[38] & DurableFlag) != 0,
                    payload[39],
                    ttl == 0 ? null : ttl,
                    annotations is null ? null : (Map)Encoder.ReadObject(new ByteBuffer(annotations, 0, annotations.Length, annotations.Length)),
                    new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(payload[10..]), TimeSpan.Zero),
                    new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(payload[18..]), TimeSpan.Zero))
                {
                    DeliveryCount = BinaryPrimitives.ReadInt32LittleEndian(payload[34..]),
                    IsDeferred = (payload[38] & DeferredFlag) != 0,
                    ScheduledEnqueueTime = scheduled == 0 ? null : new DateTimeOffset(scheduled, TimeSpan.Zero),
                };
                part.Messages[sequenceNumber] = message;
                part.Locked.Remove(sequenceNumber);
                break;
            case Updated when part.Messages.TryGetValue(sequenceNumber, out var updated):
                updated.DeliveryCount = BinaryPrimitives.ReadInt32LittleEndian(payload[10..]);
                updated.IsDeferred = (payload[14] & DeferredFlag) != 0;
                updated.Bare = payload[15..].ToArray();
                part.Locked.Remove(sequenceNumber);
                break;
            case Removed:
                part.Messages.Remove(sequenceNumber);
                part.Locked.Remove(sequenceNumber);
                break;
            case Locked when part.Messages.ContainsKey(sequenceNumber):
                part.Locked.Add(sequenceNumber);
                break;
            default:
                // Numbered (already counted above), or an update of a message removed before it: nothing to do.
                break;
        }
    }

    private static byte Flags(StoredMessage message) =>
        (byte)((message.Durable ? DurableFlag : 0) | (message.IsDeferred ? DeferredFlag : 0));

    private static void WriteNumber(IBufferWriter<byte> output, byte kind, byte part, long number)
    {
        End(output, Begin(output, 10, kind, part, number));
    }

    private static Span<byte> Begin(IBufferWriter<byte> output, int payloadLength, byte kind, byte part, long sequenceNumber)
    {
        var frame = output.GetSpan(FrameSize + payloadLength)[..(FrameSize + payloadLength)];
        BinaryPrimitives.WriteInt32LittleEndian(frame, payloadLength);
        var payload = frame[FrameSize..];
        payload[0] = kind;
        payload[1] = part;
        BinaryPrimitives.WriteInt64LittleEndian(payload[2..], sequenceNumber);
        return frame;
    }

    /// <summary>Seals a frame: its payload's checksum goes after the length, then the frame is committed.</summary>
    private static void End(IBufferWriter<byte> output, Span<byte> frame)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(frame[4..], Checksum(frame[FrameSize..]));
        output.Advance(frame.Length);
    }

    /// <summary>CRC-32C of <paramref name="data"/> (hardware-accelerated where the CPU has it).</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        var at = 0;
        for (; at + 8 <= data.Length; at += 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data[at..]));
        }

        for (; at < data.Length; at++)
        {
            crc = BitOperations.Crc32C(crc, data[at]);
        }

        return ~crc;
    }
}
