namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>Receivers: their credit, and handing them the next available messages in sequence order.</summary>
internal sealed partial class MessageQueue
{
    public void Attach(MessageConsumer consumer)
    {
        lock (gate)
        {
            consumers.Add(consumer);
        }
    }

    public void Detach(MessageConsumer consumer)
    {
        lock (gate)
        {
            consumers.Remove(consumer);
            consumer.Credit = 0;
        }
    }

    /// <summary>The receivers attached now, with their credit (tests).</summary>
    internal (MessageConsumer Consumer, int Credit)[] SnapshotConsumers()
    {
        lock (gate)
        {
            return consumers.Select(c => (c, c.Credit)).ToArray();
        }
    }

    /// <summary>
    /// Moves the consumer's credit by <paramref name="delta"/> messages, the change a flow made to the link's delivery
    /// limit (AMQP 1.0, section 2.6.7), never below 0.
    /// </summary>
    public void AddCredit(MessageConsumer consumer, int delta)
    {
        lock (gate)
        {
            consumer.Credit = (int)Math.Clamp((long)consumer.Credit + delta, 0, int.MaxValue);
        }
    }

    /// <summary>Clears the consumer's credit, as AMQPNetLite does for a flow that does not raise the limit.</summary>
    public void ClearCredit(MessageConsumer consumer)
    {
        lock (gate)
        {
            consumer.Credit = 0;
        }
    }

    /// <summary>Clears the consumer's credit when nothing is left to give it; true when the drain is complete.</summary>
    public bool TryFinishDrain(MessageConsumer consumer)
    {
        lock (gate)
        {
            if (consumer.Credit > 0 && HasAvailableLocked(time.GetUtcNow()))
            {
                return false;
            }

            consumer.Credit = 0;
            return true;
        }
    }

    /// <summary>Takes up to <paramref name="max"/> messages for the consumer within its credit, locking or removing them.</summary>
    public void Take(MessageConsumer consumer, List<DeliverySnapshot> into, int max)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (into.Count < max && consumer.Credit > 0)
            {
                var message = NextAvailableLocked(now);
                if (message is null)
                {
                    break;
                }

                consumer.Credit--;
                if (consumer.ReceiveAndDelete)
                {
                    RemoveLocked(message);
                    into.Add(new DeliverySnapshot(message, Guid.Empty, default, message.DeliveryCount, Settled: true));
                }
                else
                {
                    LockLocked(message, now);
                    into.Add(new DeliverySnapshot(message, message.LockToken, message.LockedUntil, message.DeliveryCount, Settled: false));
                }
            }

            CompactIfSparseLocked();
        }
    }

    private bool HasAvailableLocked(DateTimeOffset now)
    {
        while (PeekNextLocked() is { } next)
        {
            if (next.State == MessageState.Available && next.ExpiresAt > now)
            {
                return true;
            }

            DiscardHeadLocked(DequeueHeadLocked(), now);
        }

        return false;
    }

    private StoredMessage? PeekNextLocked()
    {
        if (returned.Count > 0 && (available.Count == 0 || returned.Peek().SequenceNumber < available.Peek().SequenceNumber))
        {
            return returned.Peek();
        }

        return available.Count > 0 ? available.Peek() : null;
    }

    private StoredMessage DequeueHeadLocked() =>
        returned.Count > 0 && (available.Count == 0 || returned.Peek().SequenceNumber < available.Peek().SequenceNumber)
            ? returned.Dequeue()
            : available.Dequeue();

    /// <summary>Drops a head entry that is not deliverable: stale (settled, deferred) or expired.</summary>
    private void DiscardHeadLocked(StoredMessage message, DateTimeOffset now)
    {
        if (message.State == MessageState.Available && message.ExpiresAt <= now)
        {
            ExpireLocked(message);
        }
    }

    private StoredMessage? NextAvailableLocked(DateTimeOffset now)
    {
        while (available.Count > 0 || returned.Count > 0)
        {
            var message = DequeueHeadLocked();
            if (message.State == MessageState.Available && message.ExpiresAt > now)
            {
                return message;
            }

            DiscardHeadLocked(message, now);
        }

        return null;
    }

    private void NotifyConsumersLocked()
    {
        for (var i = 0; i < consumers.Count; i++)
        {
            if (consumers[i].Credit > 0)
            {
                consumers[i].RequestPump();
            }
        }
    }
}
