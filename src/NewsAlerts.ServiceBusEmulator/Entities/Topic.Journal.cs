using NewsAlerts.ServiceBusEmulator.Persistence;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>
/// A topic's own journal, when the emulator has a data directory and the topic detects duplicates: the message ids its
/// duplicate detection remembers (its subscriptions keep their messages in journals of their own).
/// </summary>
internal sealed partial class Topic
{
    /// <summary>Journals smaller than this are never compacted; larger ones when at most a quarter of them is still within the window.</summary>
    private const long CompactAbove = 1024 * 1024;
    private const int SeenRecordSize = 64;
    private EntityJournal? journal;

    /// <summary>Takes back the duplicate-detection history in <paramref name="state"/>, then journals to <paramref name="file"/>, starting with a snapshot of it.</summary>
    public void AttachJournal(EntityJournal file, JournalState state)
    {
        if (duplicates is null)
        {
            return;
        }

        lock (gate)
        {
            var now = time.GetUtcNow();
            duplicates.Restore(state.Entity.Seen, now, file, 0);
            journal = file;
            file.Rewrite(output => duplicates.WriteSnapshot(output, 0, now));
        }
    }

    /// <summary>Every id sent is a record: once most of them have left the window, the journal is rewritten with the rest.</summary>
    private void CompactJournalIfLargeLocked(DateTimeOffset now)
    {
        if (journal is { } file && duplicates is { } history && file.Length > CompactAbove && file.Length > 4L * SeenRecordSize * history.Count)
        {
            file.Rewrite(output => history.WriteSnapshot(output, 0, now));
        }
    }
}
