using System.Buffers;
using NewsAlerts.ServiceBusEmulator.Persistence;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>
/// Remembers message ids for the entity's duplicate-detection window. With a journal, each id it records is journaled
/// (a Seen record, in the same round as the message it let in), so the history survives a restart as on Azure.
/// Not thread-safe: the owner's gate guards it.
/// </summary>
internal sealed class DuplicateDetector(TimeSpan window)
{
    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> order = new();
    private EntityJournal? journal;
    private byte journalPart;

    /// <summary>How many ids are remembered (some may be past the window until the next check prunes them).</summary>
    public int Count => seen.Count;

    /// <summary>True when <paramref name="messageId"/> was seen within the window; otherwise records (and journals) it.</summary>
    public bool IsDuplicate(string messageId, DateTimeOffset now)
    {
        Prune(now);
        if (seen.ContainsKey(messageId))
        {
            return true;
        }

        Record(messageId, now);
        if (journal is { } file)
        {
            var part = journalPart;
            file.Append(output => JournalRecords.WriteSeen(output, part, messageId, now));
        }

        return false;
    }

    /// <summary>Takes back the history a journal kept (oldest first; ids already past the window at <paramref name="now"/> are dropped), then journals to <paramref name="file"/>.</summary>
    public void Restore(IEnumerable<(string MessageId, DateTimeOffset At)> history, DateTimeOffset now, EntityJournal file, byte part)
    {
        foreach (var (id, at) in history)
        {
            if (now - at <= window && !seen.ContainsKey(id))
            {
                Record(id, at);
            }
        }

        journal = file;
        journalPart = part;
    }

    /// <summary>Writes the ids still within the window as Seen records (a journal snapshot).</summary>
    public void WriteSnapshot(IBufferWriter<byte> output, byte part, DateTimeOffset now)
    {
        Prune(now);
        foreach (var (id, at) in order)
        {
            if (seen.TryGetValue(id, out var recorded) && recorded == at)
            {
                JournalRecords.WriteSeen(output, part, id, at);
            }
        }
    }

    private void Record(string messageId, DateTimeOffset at)
    {
        seen[messageId] = at;
        order.Enqueue((messageId, at));
    }

    private void Prune(DateTimeOffset now)
    {
        while (order.Count > 0 && now - order.Peek().At > window)
        {
            var (id, at) = order.Dequeue();
            if (seen.TryGetValue(id, out var recorded) && recorded == at)
            {
                seen.Remove(id);
            }
        }
    }
}
