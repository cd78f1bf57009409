namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>Operations of the management link that look at messages by sequence number.</summary>
internal sealed partial class MessageQueue
{
    private long peekFloor = 1;

    /// <summary>Returns up to <paramref name="count"/> live messages from <paramref name="fromSequenceNumber"/> on, in order.</summary>
    public List<StoredMessage> Peek(long fromSequenceNumber, int count)
    {
        var result = new List<StoredMessage>(Math.Min(count, 256));
        lock (gate)
        {
            // Sequence numbers below the floor are all settled; moving it forward keeps peeking on a queue
            // that has moved millions of messages from walking all of them again (amortized O(1)).
            while (peekFloor <= lastSequenceNumber && !messages.ContainsKey(peekFloor))
            {
                peekFloor++;
            }

            for (var sequenceNumber = Math.Max(fromSequenceNumber, peekFloor); sequenceNumber <= lastSequenceNumber && result.Count < count; sequenceNumber++)
            {
                if (messages.TryGetValue(sequenceNumber, out var message) && message.State != MessageState.Removed)
                {
                    result.Add(message);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Receives deferred messages by sequence number; null when any of them is not a deferred message
    /// (the caller answers MessageNotFound, as Azure does).
    /// </summary>
    public List<DeliverySnapshot>? ReceiveDeferred(IReadOnlyList<long> sequenceNumbers, bool receiveAndDelete)
    {
        lock (gate)
        {
            foreach (var sequenceNumber in sequenceNumbers)
            {
                if (!messages.TryGetValue(sequenceNumber, out var message) || message.State != MessageState.Deferred)
                {
                    return null;
                }
            }

            var now = time.GetUtcNow();
            var result = new List<DeliverySnapshot>(sequenceNumbers.Count);
            foreach (var sequenceNumber in sequenceNumbers)
            {
                var message = messages[sequenceNumber];
                if (receiveAndDelete)
                {
                    RemoveLocked(message);
                    result.Add(new DeliverySnapshot(message, Guid.Empty, default, message.DeliveryCount, Settled: true));
                }
                else
                {
                    LockLocked(message, now);
                    result.Add(new DeliverySnapshot(message, message.LockToken, message.LockedUntil, message.DeliveryCount, Settled: false));
                }
            }

            return result;
        }
    }
}
