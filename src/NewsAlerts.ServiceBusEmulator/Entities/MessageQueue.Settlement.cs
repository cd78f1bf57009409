using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Amqp;
using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>Locks and their settlement: complete, abandon, defer, dead-letter, renew.</summary>
internal sealed partial class MessageQueue
{
    private readonly Queue<LockEntry> lockExpiries = new();

    public SettleResult Complete(StoredMessage message, Guid lockToken)
    {
        lock (gate)
        {
            if (!IsLockedByLocked(message, lockToken))
            {
                return LockLostLocked(lockToken);
            }

            RemoveLocked(message);
            CompactIfSparseLocked();
            return SettleResult.Settled;
        }
    }

    /// <summary>Returns the message for redelivery, counting the attempt (released outcomes do not count).</summary>
    public SettleResult Abandon(StoredMessage message, Guid lockToken, IReadOnlyDictionary<string, object?>? propertiesToModify, bool countDelivery = true)
    {
        lock (gate)
        {
            if (!IsLockedByLocked(message, lockToken))
            {
                return LockLostLocked(lockToken);
            }

            UnlockLocked(message);
            ModifyLocked(message, propertiesToModify);
            if (countDelivery)
            {
                message.DeliveryCount++;
            }

            JournalUpdatedLocked(message);
            ReturnOrDeadLetterLocked(message);
            return SettleResult.Settled;
        }
    }

    public SettleResult Defer(StoredMessage message, Guid lockToken, IReadOnlyDictionary<string, object?>? propertiesToModify)
    {
        lock (gate)
        {
            if (!IsLockedByLocked(message, lockToken))
            {
                return LockLostLocked(lockToken);
            }

            UnlockLocked(message);
            ModifyLocked(message, propertiesToModify);
            message.IsDeferred = true;
            message.State = MessageState.Deferred;
            JournalUpdatedLocked(message);
            return SettleResult.Settled;
        }
    }

    public SettleResult DeadLetter(StoredMessage message, Guid lockToken, string? reason, string? description, IReadOnlyDictionary<string, object?>? propertiesToModify)
    {
        lock (gate)
        {
            if (!IsLockedByLocked(message, lockToken))
            {
                return LockLostLocked(lockToken);
            }

            MoveToDeadLetterLocked(message, reason, description, propertiesToModify);
            return SettleResult.Settled;
        }
    }

    /// <summary>Finds the message a lock token (from the management link) refers to, if that lock is still held.</summary>
    public StoredMessage? FindLocked(Guid lockToken)
    {
        lock (gate)
        {
            return messages.TryGetValue(LockTokens.SequenceNumberOf(lockToken), out var message) && IsLockedByLocked(message, lockToken)
                ? message
                : null;
        }
    }

    public DateTimeOffset? RenewLock(Guid lockToken)
    {
        lock (gate)
        {
            if (!messages.TryGetValue(LockTokens.SequenceNumberOf(lockToken), out var message) || !IsLockedByLocked(message, lockToken))
            {
                _ = LockLostLocked(lockToken);
                return null;
            }

            message.LockedUntil = time.GetUtcNow() + Settings.LockDuration;
            lockExpiries.Enqueue(new LockEntry(message, lockToken, message.LockedUntil));
            return message.LockedUntil;
        }
    }

    private bool IsLockedByLocked(StoredMessage message, Guid lockToken) =>
        message.State == MessageState.Locked && message.LockToken == lockToken && message.LockedUntil > time.GetUtcNow();

    private SettleResult LockLostLocked(Guid lockToken)
    {
        EmulatorLog.LockLost(logger, Path, lockToken);
        return SettleResult.LockLost;
    }

    private void LockLocked(StoredMessage message, DateTimeOffset now)
    {
        message.State = MessageState.Locked;
        message.LockToken = LockTokens.Create(message.SequenceNumber);
        message.LockedUntil = now + Settings.LockDuration;
        lockedCount++;
        lockExpiries.Enqueue(new LockEntry(message, message.LockToken, message.LockedUntil));
        JournalLockedLocked(message);
        ArmLocked(message.LockedUntil);
    }

    private void UnlockLocked(StoredMessage message)
    {
        message.State = MessageState.Available;
        message.LockToken = Guid.Empty;
        lockedCount--;
    }

    private void ReturnOrDeadLetterLocked(StoredMessage message)
    {
        if (DeadLetterIfDeliveredTooOftenLocked(message))
        {
            return;
        }

        if (message.IsDeferred)
        {
            message.State = MessageState.Deferred;
            return;
        }

        message.State = MessageState.Available;
        returned.Enqueue(message, message.SequenceNumber);
        NotifyConsumersLocked();
    }

    /// <summary>Moves the message to the dead-letter queue when its deliveries reached MaxDeliveryCount (Azure's rule); true when it did.</summary>
    private bool DeadLetterIfDeliveredTooOftenLocked(StoredMessage message)
    {
        if (message.DeliveryCount < Settings.MaxDeliveryCount)
        {
            return false;
        }

        MoveToDeadLetterLocked(
            message,
            DeadLetterReasons.MaxDeliveryCountExceeded,
            DeadLetterReasons.MaxDeliveryDescription(message.DeliveryCount),
            propertiesToModify: null);
        return true;
    }

    private void MoveToDeadLetterLocked(StoredMessage message, string? reason, string? description, IReadOnlyDictionary<string, object?>? propertiesToModify)
    {
        if (DeadLetterQueue is null)
        {
            RemoveLocked(message);
            return;
        }

        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (propertiesToModify is not null)
        {
            foreach (var (key, value) in propertiesToModify)
            {
                changes[key] = value;
            }
        }

        if (reason is not null)
        {
            changes[DeadLetterReasons.ReasonProperty] = reason;
        }

        if (description is not null)
        {
            changes[DeadLetterReasons.DescriptionProperty] = description;
        }

        var bare = changes.Count == 0 ? message.Bare : BareMessageEditor.WithApplicationProperties(message.Bare, changes);
        // Added there before removed here: the journal (one file for both) then never holds neither copy.
        DeadLetterQueue.AddDeadLettered(new StoredMessage(message, bare));
        RemoveLocked(message);
    }

    private void AddDeadLettered(StoredMessage message)
    {
        lock (gate)
        {
            lastSequenceNumber = Math.Max(lastSequenceNumber, message.SequenceNumber);
            peekFloor = Math.Min(peekFloor, message.SequenceNumber);
            AddStoredLocked(message, scheduledFor: null);
            NotifyConsumersLocked();
        }
    }

    private void ExpireLocked(StoredMessage message)
    {
        if (Settings.DeadLetteringOnMessageExpiration)
        {
            MoveToDeadLetterLocked(message, DeadLetterReasons.TimeToLiveExpired, DeadLetterReasons.ExpiredDescription, propertiesToModify: null);
        }
        else
        {
            RemoveLocked(message);
        }
    }

    private void ModifyLocked(StoredMessage message, IReadOnlyDictionary<string, object?>? propertiesToModify)
    {
        if (propertiesToModify is { Count: > 0 })
        {
            message.Bare = BareMessageEditor.WithApplicationProperties(message.Bare, propertiesToModify);
        }
    }

    private void RemoveLocked(StoredMessage message)
    {
        if (message.State == MessageState.Locked)
        {
            lockedCount--;
        }

        message.State = MessageState.Removed;
        if (messages.Remove(message.SequenceNumber))
        {
            JournalRemovedLocked(message);
        }
    }

    private readonly record struct LockEntry(StoredMessage Message, Guid LockToken, DateTimeOffset Until);
}
