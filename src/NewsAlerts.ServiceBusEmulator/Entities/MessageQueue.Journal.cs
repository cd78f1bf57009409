using NewsAlerts.ServiceBusEmulator.Logging;
using NewsAlerts.ServiceBusEmulator.Persistence;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>
/// The entity's journal, when the emulator has a data directory: every change that Service Bus would keep (a message
/// added, scheduled, abandoned, deferred, modified, dead-lettered, removed) is appended under the gate, so the file
/// holds the entity's history in order, with the ids its duplicate detection remembers. Locks are not journaled: after
/// a restart every locked message is available again, as on Azure once a lock lapses. A queue and its dead-letter queue
/// share one file (part 0 and part 1).
/// </summary>
internal sealed partial class MessageQueue
{
    /// <summary>Journals smaller than this are never compacted; larger ones when at most a quarter of them is live.</summary>
    private const long CompactAbove = 4L * 1024 * 1024;
    private const int RecordOverhead = 64;
    private EntityJournal? journal;
    private byte journalPart;
    private long liveBytes;

    /// <summary>
    /// Restores this entity and its dead-letter queue from <paramref name="state"/> (a replayed journal), then journals
    /// every later change to <paramref name="file"/>, starting with a compact snapshot of what was restored (which also
    /// drops a torn tail). Scheduled messages whose time passed while the emulator was down are available at once.
    /// </summary>
    public void AttachJournal(EntityJournal file, JournalState state)
    {
        lock (gate)
        {
            var deadLetters = DeadLetterQueue!;
            lock (deadLetters.gate)
            {
                // The dead-letter queue first: restoring the entity may move a message there (its last delivery lapsed).
                deadLetters.Restore(state.DeadLetters);
                Restore(state.Entity);
                duplicates?.Restore(state.Entity.Seen, time.GetUtcNow(), file, 0);
                journal = file;
                journalPart = 0;
                deadLetters.journal = file;
                deadLetters.journalPart = 1;
                RewriteJournalLocked();
                EmulatorLog.Restored(logger, Path, messages.Count, deadLetters.messages.Count);
            }

            NotifyConsumersLocked();
        }
    }

    private void Restore(JournalState.PartState part)
    {
        var now = time.GetUtcNow();
        foreach (var message in part.Messages.Values)
        {
            var scheduledFor = message.ScheduledEnqueueTime is { } at && at > now ? at : (DateTimeOffset?)null;
            AddStoredLocked(message, scheduledFor);
            if (message.IsDeferred)
            {
                // Its entry in the available queue is now stale and is skipped; it is received by sequence number.
                message.State = MessageState.Deferred;
            }

            if (part.Locked.Contains(message.SequenceNumber))
            {
                // Locked when the emulator stopped: that lock lapsed, and a lapsed lock counts a delivery (as on Azure).
                message.DeliveryCount++;
                _ = DeadLetterIfDeliveredTooOftenLocked(message);
            }
        }

        lastSequenceNumber = Math.Max(lastSequenceNumber, part.LastSequenceNumber);
        peekFloor = part.Messages.Count > 0 ? part.Messages.Keys.First() : lastSequenceNumber + 1;
    }

    private void JournalAddedLocked(StoredMessage message, DateTimeOffset? scheduledFor)
    {
        liveBytes += message.Bare.Length + RecordOverhead;
        if (journal is { } file)
        {
            var part = journalPart;
            file.Append(output => JournalRecords.WriteAdded(output, part, message, scheduledFor));
        }
    }

    private void JournalLockedLocked(StoredMessage message)
    {
        if (journal is { } file)
        {
            var part = journalPart;
            var sequenceNumber = message.SequenceNumber;
            file.Append(output => JournalRecords.WriteLocked(output, part, sequenceNumber));
        }
    }

    private void JournalUpdatedLocked(StoredMessage message)
    {
        if (journal is { } file)
        {
            var part = journalPart;
            file.Append(output => JournalRecords.WriteUpdated(output, part, message));
        }
    }

    private void JournalRemovedLocked(StoredMessage message)
    {
        liveBytes = Math.Max(0, liveBytes - message.Bare.Length - RecordOverhead);
        if (journal is { } file)
        {
            var part = journalPart;
            var sequenceNumber = message.SequenceNumber;
            file.Append(output => JournalRecords.WriteRemoved(output, part, sequenceNumber));
        }
    }

    /// <summary>Rewrites the journal as a snapshot when settled messages make up most of it (the entity, not its dead-letter queue, decides).</summary>
    private void CompactJournalIfSparseLocked()
    {
        if (journal is not { } file || DeadLetterQueue is not { } deadLetters || file.Length <= CompactAbove)
        {
            return;
        }

        var remembered = (long)(duplicates?.Count ?? 0) * RecordOverhead;
        if (file.Length > 4 * (liveBytes + Volatile.Read(ref deadLetters.liveBytes) + remembered + CompactAbove / 4))
        {
            lock (deadLetters.gate)
            {
                RewriteJournalLocked();
            }
        }
    }

    /// <summary>Replaces the journal with the live messages of both parts and the duplicate-detection history; the caller holds both gates.</summary>
    private void RewriteJournalLocked()
    {
        var deadLetters = DeadLetterQueue!;
        var now = time.GetUtcNow();
        journal!.Rewrite(output =>
        {
            foreach (var queue in new[] { this, deadLetters })
            {
                JournalRecords.WriteNumbered(output, queue.journalPart, queue.lastSequenceNumber);
                queue.duplicates?.WriteSnapshot(output, queue.journalPart, now);
                foreach (var message in queue.messages.Values)
                {
                    JournalRecords.WriteAdded(output, queue.journalPart, message, message.State == MessageState.Scheduled ? message.ScheduledEnqueueTime : null);
                    if (message.State == MessageState.Locked)
                    {
                        JournalRecords.WriteLocked(output, queue.journalPart, message.SequenceNumber);
                    }
                }
            }
        });
    }
}
