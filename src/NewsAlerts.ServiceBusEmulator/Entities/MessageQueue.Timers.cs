using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>
/// Time-driven work: lock expiry, scheduled activation, TTL expiry. One timer per entity is re-armed to the
/// earliest due item, so nothing polls. Lock entries are appended in expiry order (every lock and renewal
/// lasts the same duration), so the lock queue stays sorted without a heap.
/// </summary>
internal sealed partial class MessageQueue
{
    /// <summary>The longest the entity's timer sleeps while messages are scheduled, locked, expiring or waiting.</summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(1);

    private readonly PriorityQueue<StoredMessage, DateTimeOffset> scheduled = new();
    private readonly PriorityQueue<StoredMessage, DateTimeOffset> expiring = new();
    private readonly ITimer timer;
    private DateTimeOffset timerDue = DateTimeOffset.MaxValue;
    private bool disposed;

    private void ArmLocked(DateTimeOffset due)
    {
        if (due >= timerDue || disposed)
        {
            return;
        }

        timerDue = due;
        var delay = due - time.GetUtcNow();
        delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay + TimeSpan.FromMilliseconds(1);

        // A heartbeat while anything is pending: the timer never sleeps longer than this, so one missed wake-up (a
        // callback that failed, a clock step) delays a lock expiry or a waiting receiver by a second, never for good.
        _ = timer.Change(delay > Heartbeat ? Heartbeat : delay, Timeout.InfiniteTimeSpan);
    }

    private void OnTimer()
    {
        try
        {
            OnTimerUnguarded();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A timer callback that throws would take the whole process down, tests and host included. The timer is
            // armed again, or locks held by a dropped connection would never lapse and their messages never return.
            EmulatorLog.UnexpectedError(logger, Path, exception);
            lock (gate)
            {
                timerDue = DateTimeOffset.MaxValue;
                ArmLocked(time.GetUtcNow() + Heartbeat);
            }
        }
    }

    private void OnTimerUnguarded()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            var now = time.GetUtcNow();
            timerDue = DateTimeOffset.MaxValue;
            var released = ActivateScheduledLocked(now) | ExpireLocksLocked(now);
            ExpireMessagesLocked(now);
            var waiting = available.Count > 0 || returned.Count > 0;
            if (released || waiting)
            {
                // Also on a heartbeat with messages waiting: a receiver whose wake-up was missed is served now.
                NotifyConsumersLocked();
            }

            CompactIfSparseLocked();
            var next = DateTimeOffset.MaxValue;
            if (scheduled.TryPeek(out _, out var scheduledAt))
            {
                next = scheduledAt;
            }

            if (lockExpiries.Count > 0 && lockExpiries.Peek().Until < next)
            {
                next = lockExpiries.Peek().Until;
            }

            if (expiring.TryPeek(out _, out var expiresAt) && expiresAt < next)
            {
                next = expiresAt;
            }

            if (waiting && now + Heartbeat < next)
            {
                next = now + Heartbeat;
            }

            if (next != DateTimeOffset.MaxValue)
            {
                ArmLocked(next);
            }
        }
    }

    private bool ActivateScheduledLocked(DateTimeOffset now)
    {
        var any = false;
        while (scheduled.TryPeek(out var message, out var at) && at <= now)
        {
            scheduled.Dequeue();
            if (message.State != MessageState.Scheduled)
            {
                continue;
            }

            message.State = MessageState.Available;
            message.EnqueuedTime = at;
            available.Enqueue(message);
            any = true;
        }

        return any;
    }

    private bool ExpireLocksLocked(DateTimeOffset now)
    {
        var any = false;
        while (lockExpiries.Count > 0)
        {
            var entry = lockExpiries.Peek();
            var message = entry.Message;
            var current = message.State == MessageState.Locked && message.LockToken == entry.LockToken && message.LockedUntil == entry.Until;
            if (current && entry.Until > now)
            {
                break;
            }

            lockExpiries.Dequeue();
            if (!current)
            {
                continue;
            }

            UnlockLocked(message);
            message.DeliveryCount++;
            JournalUpdatedLocked(message);
            ReturnOrDeadLetterLocked(message);
            any = true;
        }

        return any;
    }

    private void ExpireMessagesLocked(DateTimeOffset now)
    {
        while (expiring.TryPeek(out var message, out var at) && at <= now)
        {
            expiring.Dequeue();
            if (message.State is MessageState.Available or MessageState.Deferred)
            {
                ExpireLocked(message);
            }
        }
    }

    /// <summary>
    /// Settled messages leave stale entries in the lock and expiry queues; rebuild them when stale entries
    /// dominate so a drained queue lets go of its memory.
    /// </summary>
    private void CompactIfSparseLocked()
    {
        if (lockExpiries.Count > 1024 && lockExpiries.Count > 4 * (lockedCount + 64))
        {
            var live = lockExpiries.Where(e => e.Message.State == MessageState.Locked && e.Message.LockToken == e.LockToken).ToArray();
            lockExpiries.Clear();
            foreach (var entry in live)
            {
                lockExpiries.Enqueue(entry);
            }
        }

        if (expiring.Count > 1024 && expiring.Count > 4 * (messages.Count + 64))
        {
            var live = expiring.UnorderedItems.Where(e => e.Element.State != MessageState.Removed).ToArray();
            expiring.Clear();
            expiring.EnqueueRange(live);
        }

        CompactJournalIfSparseLocked();
        if (grown && messages.Count == 0)
        {
            grown = false;
            messages.TrimExcess();
            available.TrimExcess();
            returned.TrimExcess();
            lockExpiries.TrimExcess();
            expiring.TrimExcess();
        }
    }
}
