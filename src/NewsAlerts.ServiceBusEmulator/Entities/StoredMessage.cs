using Amqp.Types;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>
/// One message held by a queue or subscription. The bare message (properties, application properties,
/// body) is kept as the bytes the sender encoded, so it goes back out unchanged; only the header and the
/// broker's annotations are written fresh on each delivery. Mutated only under its entity's gate.
/// </summary>
internal sealed class StoredMessage
{
    public StoredMessage(IncomingMessage source, long sequenceNumber, DateTimeOffset enqueuedTime, DateTimeOffset expiresAt)
    {
        Bare = source.Bare;
        Durable = source.Header?.Durable ?? false;
        Priority = source.Header?.Priority ?? 4;
        TimeToLiveMilliseconds = source.TimeToLiveMilliseconds;
        Annotations = source.ClientAnnotations;
        SequenceNumber = sequenceNumber;
        EnqueuedTime = enqueuedTime;
        ExpiresAt = expiresAt;
    }

    /// <summary>Copies a message into another entity (dead-letter queue), keeping its sequence number as Azure does.</summary>
    public StoredMessage(StoredMessage source, byte[] bare)
    {
        Bare = bare;
        Durable = source.Durable;
        Priority = source.Priority;
        TimeToLiveMilliseconds = source.TimeToLiveMilliseconds;
        Annotations = source.Annotations;
        SequenceNumber = source.SequenceNumber;
        EnqueuedTime = source.EnqueuedTime;
        ExpiresAt = DateTimeOffset.MaxValue;
        DeliveryCount = source.DeliveryCount;
    }

    /// <summary>A message read back from its entity's journal (<see cref="Persistence.JournalRecords"/>), not locked.</summary>
    public StoredMessage(
        long sequenceNumber, byte[] bare, bool durable, byte priority, uint? timeToLiveMilliseconds, Map? annotations, DateTimeOffset enqueuedTime, DateTimeOffset expiresAt)
    {
        Bare = bare;
        Durable = durable;
        Priority = priority;
        TimeToLiveMilliseconds = timeToLiveMilliseconds;
        Annotations = annotations;
        SequenceNumber = sequenceNumber;
        EnqueuedTime = enqueuedTime;
        ExpiresAt = expiresAt;
    }

    public byte[] Bare { get; set; }

    public bool Durable { get; }

    public byte Priority { get; }

    public uint? TimeToLiveMilliseconds { get; }

    /// <summary>Annotations the sender set (partition key and the like), without the broker's own.</summary>
    public Map? Annotations { get; }

    public long SequenceNumber { get; }

    public DateTimeOffset EnqueuedTime { get; set; }

    public DateTimeOffset ExpiresAt { get; }

    public DateTimeOffset? ScheduledEnqueueTime { get; set; }

    public string? DeadLetterSource { get; set; }

    /// <summary>Completed delivery attempts (abandons and lock expiries); the header carries this value.</summary>
    public int DeliveryCount { get; set; }

    public MessageState State { get; set; }

    /// <summary>Deferred messages keep this flag while locked after receive-by-sequence-number.</summary>
    public bool IsDeferred { get; set; }

    public Guid LockToken { get; set; }

    public DateTimeOffset LockedUntil { get; set; }
}
