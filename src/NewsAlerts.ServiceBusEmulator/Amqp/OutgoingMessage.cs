using Amqp;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// The message object handed to the link for one delivery. It carries the lock token the delivery tag must
/// hold (the client reads the lock token from a 16-byte tag) and points back at the stored message, so a
/// disposition reaches its message without a lookup.
/// </summary>
internal sealed class OutgoingMessage(DeliverySnapshot snapshot) : Message
{
    public DeliverySnapshot Snapshot { get; } = snapshot;

    public byte[]? Tag { get; } = snapshot.LockToken == Guid.Empty ? null : snapshot.LockToken.ToByteArray();
}
