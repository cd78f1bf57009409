using System.Buffers.Binary;
using Amqp;
using Amqp.Framing;
using Amqp.Types;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// Message ids as Azure Service Bus treats them: a message sent without one gets one from the broker (a GUID in 32
/// hex digits), so every receiver sees the same id on every delivery; and ids of every AMQP type (string, ulong, uuid,
/// binary) compare by a text form that tells different ids apart, for duplicate detection and filters.
/// </summary>
internal static class MessageIds
{
    private const byte PropertiesCode = 0x73;

    /// <summary>Gives each message that has no message-id a new one, rewriting its stored bytes.</summary>
    public static void AssignMissing(IReadOnlyList<IncomingMessage> messages)
    {
        foreach (var message in messages)
        {
            if (!HasMessageId(message.Bare))
            {
                Assign(message);
            }
        }
    }

    /// <summary>The text of a message-id of any AMQP type (binary as hex digits), or null when there is none.</summary>
    public static string? Text(object? messageId) => messageId switch
    {
        null => null,
        byte[] binary => Convert.ToHexString(binary),
        _ => messageId.ToString(),
    };

    // Only the properties section is decoded and written again; the rest of the bare message (the body above all)
    // is copied as it came.
    private static void Assign(IncomingMessage message)
    {
        var bare = message.Bare;
        var properties = new Properties();
        var rest = 0;
        if (bare.Length > 0)
        {
            var buffer = new ByteBuffer(bare, 0, bare.Length, bare.Length);
            if (Encoder.ReadObject(buffer) is Properties existing)
            {
                if (existing.GetMessageId() is not null)
                {
                    return;
                }

                properties = existing;
                rest = buffer.Offset;
            }
        }

        properties.MessageId = Guid.NewGuid().ToString("N");
        var written = new ByteBuffer(bare.Length - rest + 128, autoGrow: true);
        Encoder.WriteObject(written, properties);
        AmqpBitConverter.WriteBytes(written, bare, rest, bare.Length - rest);
        message.Bare = written.Buffer.AsSpan(written.Offset, written.Length).ToArray();
        message.Properties = properties;
    }

    /// <summary>
    /// Reads only the first bytes of the bare message (no decoding on the send path): the properties section comes
    /// first when present, and message-id is its first field.
    /// </summary>
    private static bool HasMessageId(ReadOnlySpan<byte> bare)
    {
        if (bare.Length < 4 || bare[0] != 0x00 || bare[1] != 0x53 || bare[2] != PropertiesCode)
        {
            return false;
        }

        var list = bare[3..];
        return list[0] switch
        {
            0xc0 => list.Length >= 4 && list[2] > 0 && list[3] != 0x40, // list8: size, count, first field
            0xd0 => list.Length >= 10 && BinaryPrimitives.ReadUInt32BigEndian(list[5..]) > 0 && list[9] != 0x40, // list32
            _ => false, // list0 (0x45): no fields at all
        };
    }
}
