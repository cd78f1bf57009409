namespace NewsAlerts.Core.Editor;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// A story's ledger rows for its status (<see cref="DeliveryTally"/>), read so that a poll costs what changed, not the
/// story's size. The story page polls every few seconds while sending, and a story reaching 25,000 people by one channel
/// has 25,000 rows: reading the partition on every poll of every editor read them all each time. Instead the rows are
/// kept per (ledger key, channel) and a poll reads only those changed since the previous poll
/// (<see cref="IDeliveryLedger.ListChangedSinceAsync"/>), less <see cref="Overlap"/> for writers' clock skew and writes
/// in flight; the whole partition is read again at most every <see cref="FullReadEvery"/> (a row deleted meanwhile, by
/// erasure, and any write the overlap missed are then right again). A story nobody polled for <see cref="KeepFor"/> is
/// forgotten. Thread-safe; register once (a singleton), so every editor's polls share what is kept (polls at the same
/// moment each read; what they read is merged).
/// </summary>
public sealed class StoryLedgerStatus(IDeliveryLedger ledger, TimeProvider time)
{
    /// <summary>
    /// How far before the previous poll a poll reads again: 2 minutes. Rows carry their writer's clock (the dispatcher
    /// replicas', NTP-synchronised to well under a second) and a write may commit a few seconds after its time was taken
    /// (a transaction retried on a conflict takes a new time), so two minutes is far beyond both.
    /// </summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    /// <summary>How often a watched story's rows are read whole again: 5 minutes.</summary>
    public static readonly TimeSpan FullReadEvery = TimeSpan.FromMinutes(5);

    /// <summary>How long a story's rows are kept after its last poll: 10 minutes.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<(string Key, Channel Channel), Kept> kept = new();

    /// <summary>
    /// The current rows of <paramref name="ledgerKey"/> on <paramref name="channel"/>: the first poll (and one every
    /// <see cref="FullReadEvery"/>) reads the partition, every other reads the rows changed since its previous poll less
    /// <see cref="Overlap"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="ledgerKey"/> is null.</exception>
    public async Task<IReadOnlyCollection<LedgerEntry>> RowsAsync(string ledgerKey, Channel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledgerKey);
        var now = time.GetUtcNow();
        Forget(now);
        var story = kept.GetOrAdd((ledgerKey, channel), _ => new Kept());
        DateTimeOffset? fullReadAt;
        DateTimeOffset readAt;
        lock (story.Gate)
        {
            story.LastPolled = now;
            (fullReadAt, readAt) = (story.FullReadAt, story.ReadAt);
        }

        if (fullReadAt is not { } full || now - full >= FullReadEvery)
        {
            var rows = new Dictionary<string, LedgerEntry>(StringComparer.Ordinal);
            await foreach (var row in ledger.ListAsync(ledgerKey, channel, cancellationToken))
            {
                rows[row.SubscriberId] = row;
            }

            lock (story.Gate)
            {
                story.Rows = rows;
                story.FullReadAt = now;
                story.ReadAt = Later(story.ReadAt, now);
                return [.. story.Rows.Values];
            }
        }

        var changed = new List<LedgerEntry>();
        await foreach (var row in ledger.ListChangedSinceAsync(ledgerKey, channel, readAt - Overlap, cancellationToken))
        {
            changed.Add(row);
        }

        lock (story.Gate)
        {
            foreach (var row in changed)
            {
                story.Rows[row.SubscriberId] = row;
            }

            // Polls may overlap: the next one reads from the latest start whose rows are in (writes after it come then).
            story.ReadAt = Later(story.ReadAt, now);
            return [.. story.Rows.Values];
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    // Drops the stories nobody polled for KeepFor.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, story) in kept)
        {
            if (now - story.LastPolled >= KeepFor)
            {
                kept.TryRemove(new KeyValuePair<(string, Channel), Kept>(key, story));
            }
        }
    }

    // A story's rows on one channel by subscriber, when they were last read (whole and at all), and when last polled.
    private sealed class Kept
    {
        public Lock Gate { get; } = new();

        public Dictionary<string, LedgerEntry> Rows { get; set; } = new(StringComparer.Ordinal);

        public DateTimeOffset? FullReadAt { get; set; }

        public DateTimeOffset ReadAt { get; set; }

        public DateTimeOffset LastPolled { get; set; }
    }
}
