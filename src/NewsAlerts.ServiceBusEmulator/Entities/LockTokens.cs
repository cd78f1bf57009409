using System.Buffers.Binary;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>
/// Lock tokens carry the message's sequence number in their first eight bytes, so a token presented on the
/// management link finds its message without a second index; the other eight bytes make each lock unique.
/// </summary>
internal static class LockTokens
{
    private static long counter = Random.Shared.NextInt64();

    public static Guid Create(long sequenceNumber)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, sequenceNumber);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[8..], Interlocked.Increment(ref counter));
        return new Guid(bytes);
    }

    public static long SequenceNumberOf(Guid token)
    {
        Span<byte> bytes = stackalloc byte[16];
        _ = token.TryWriteBytes(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }
}
