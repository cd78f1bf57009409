namespace NewsAlerts.Core.Editor;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Privacy;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Where a story's email digest entries stand (<see cref="DigestDeliveryTally"/>). The story page polls its status every
/// few seconds while sending, and each due entry's digest row is a ledger point read (up to <see cref="EntriesCounted"/>),
/// so only what can still change is read again: a row that is final (sent, delivered, failed, not sent on purpose) is
/// kept per story and never read twice while the story is watched; a row still on its way (none yet, claimed, retrying,
/// dead-lettered: a replay sends it again) is read on every poll. A story nobody polled for <see cref="KeepFor"/> is
/// forgotten. Entries not due yet are judged by their subscriber as they stand now (<see cref="WaitingDigestEntries"/>:
/// one subscriber read and one suppression check per distinct subscriber, when <paramref name="subscribers"/> is given),
/// so a paused reader's entry is not counted as scheduled. Thread-safe; register once (a singleton), so the polls of
/// every editor share what is kept.
/// </summary>
public sealed class StoryDigestStatus(
    IDigestStore digests, IDeliveryLedger ledger, TimeProvider time, ContactMask? mask = null, ISubscriberStore? subscribers = null, SuppressionList? suppressions = null)
{
    /// <summary>How many of a story's digest entries are counted (each due one is a storage read unless kept; beyond, the tally says it is partial).</summary>
    public const int EntriesCounted = 1000;

    /// <summary>How long a story's final rows are kept after its last poll: 10 minutes.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    // Ledger point reads in flight at once for one count.
    private const int LedgerReadsAtOnce = 16;

    private readonly ConcurrentDictionary<string, Kept> kept = new(StringComparer.Ordinal);

    /// <summary>
    /// Counts the story's first <see cref="EntriesCounted"/> entries (earliest due first): one ledger point read
    /// (<see cref="DigestMessage.LedgerKey"/>) per subscriber and due time already past whose row is not kept final;
    /// none for digests not due yet. <paramref name="storyWithdrawn"/> and <paramref name="dropped"/>: as
    /// <see cref="DigestDeliveryTally.Of"/> takes them (a withdrawn story's entries that will not go count as not sent at once).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articleId"/> is null.</exception>
    public async Task<DigestTally> GetAsync(string articleId, CancellationToken cancellationToken, bool storyWithdrawn = false, int dropped = 0)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var now = time.GetUtcNow();
        Forget(now);
        var story = kept.GetOrAdd(articleId, _ => new Kept());
        story.LastPolled = now;
        var entries = new List<DigestEntry>();
        var partial = false;
        await foreach (var entry in digests.ForArticleAsync(articleId, cancellationToken))
        {
            if (entries.Count == EntriesCounted)
            {
                partial = true;
                break;
            }

            entries.Add(entry);
        }

        // One point read per entry already due and not final: a due time's partition holds every subscriber's digest of
        // that time (a million at a popular hour), so it is never listed for one story.
        var rows = new ConcurrentDictionary<(DateTimeOffset, string), LedgerEntry>();
        await Parallel.ForEachAsync(
            entries.Where(e => e.DueAt <= now).DistinctBy(e => (e.DueAt, e.SubscriberId)),
            new ParallelOptions { MaxDegreeOfParallelism = LedgerReadsAtOnce, CancellationToken = cancellationToken },
            async (entry, token) =>
            {
                var key = (entry.DueAt, entry.SubscriberId);
                if (story.Final.TryGetValue(key, out var final))
                {
                    rows[key] = final;
                    return;
                }

                if (await ledger.GetAsync(DigestMessage.LedgerKey(entry.DueAt), entry.SubscriberId, Channel.Email, token) is { } row)
                {
                    rows[key] = row;
                    if (row.State is LedgerState.Sent or LedgerState.Delivered or LedgerState.Failed or LedgerState.Skipped
                        or LedgerState.HeldByCap or LedgerState.HeldStale)
                    {
                        story.Final[key] = row;
                    }
                }
            });

        var whyNotSent = storyWithdrawn ? null : await WhyNotSentAsync(entries.Where(e => e.DueAt > now), cancellationToken);
        return DigestDeliveryTally.Of(
            entries, e => rows.GetValueOrDefault((e.DueAt, e.SubscriberId)), now, partial, mask, storyWithdrawn, dropped,
            whyNotSent is null ? null : e => whyNotSent.GetValueOrDefault((e.DueAt, e.SubscriberId)));
    }

    // Why each waiting entry will not go (absent: it will), from one read per distinct subscriber; null without a subscriber store.
    private async Task<IReadOnlyDictionary<(DateTimeOffset, string), string>?> WhyNotSentAsync(IEnumerable<DigestEntry> waiting, CancellationToken cancellationToken)
    {
        if (subscribers is null)
        {
            return null;
        }

        var byId = waiting.GroupBy(e => e.SubscriberId, StringComparer.Ordinal).ToList();
        var reasons = new ConcurrentDictionary<(DateTimeOffset, string), string>();
        await Parallel.ForEachAsync(
            byId,
            new ParallelOptions { MaxDegreeOfParallelism = LedgerReadsAtOnce, CancellationToken = cancellationToken },
            async (group, token) =>
            {
                var subscriber = await subscribers.GetAsync(group.Key, token);
                var suppressed = subscriber is { Email: { } address } && suppressions is not null
                    && await suppressions.IsSuppressedAsync(Channel.Email, address, token);
                foreach (var entry in group)
                {
                    if (WaitingDigestEntries.WhyNotSent(subscriber, suppressed, entry.DueAt) is { } why)
                    {
                        reasons[(entry.DueAt, entry.SubscriberId)] = why;
                    }
                }
            });
        return reasons;
    }

    // Drops the stories nobody polled for KeepFor.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (id, story) in kept)
        {
            if (now - story.LastPolled >= KeepFor)
            {
                kept.TryRemove(new KeyValuePair<string, Kept>(id, story));
            }
        }
    }

    // A story's final digest rows by (due time, subscriber), and when it was last polled.
    private sealed class Kept
    {
        public ConcurrentDictionary<(DateTimeOffset, string), LedgerEntry> Final { get; } = new();

        public DateTimeOffset LastPolled { get; set; }
    }
}
