namespace NewsAlerts.Core.Editor;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;

/// <summary>
/// Where a story's email digest entries stand (<see cref="DigestDeliveryTally"/>), counted at most once per story every
/// <see cref="CacheFor"/>: the story page polls its status every few seconds while sending, and a count costs up to
/// <see cref="EntriesCounted"/> ledger point reads, so a page left open must not pay them on every poll. Thread-safe;
/// register once (a singleton), so the polls of every editor share the counts.
/// </summary>
public sealed class StoryDigestStatus(IDigestStore digests, IDeliveryLedger ledger, TimeProvider time)
{
    /// <summary>How many of a story's digest entries are counted (each is a storage read; beyond, the tally says it is partial).</summary>
    public const int EntriesCounted = 1000;

    /// <summary>
    /// How long a story's count is reused: 15 seconds, five of the page's polls (every 3 s). Digests go out on the hour
    /// and their rows settle within minutes, so the counts lag by at most this much.
    /// </summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    // Ledger point reads in flight at once for one count.
    private const int LedgerReadsAtOnce = 16;

    private readonly ConcurrentDictionary<string, (DateTimeOffset CountedAt, Lazy<Task<DigestTally>> Tally)> counts = new(StringComparer.Ordinal);

    /// <summary>
    /// The tally of <paramref name="articleId"/>'s digest entries: counted now when no count of the last
    /// <see cref="CacheFor"/> is kept (concurrent callers share one count), else the kept one. A count that failed is
    /// not kept.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articleId"/> is null.</exception>
    public async Task<DigestTally> GetAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var now = time.GetUtcNow();
        Forget(now);
        var kept = counts.AddOrUpdate(
            articleId,
            _ => (now, new Lazy<Task<DigestTally>>(() => CountAsync(articleId, CancellationToken.None))),
            (_, old) => now - old.CountedAt < CacheFor && !old.Tally.Value.IsFaulted
                ? old
                : (now, new Lazy<Task<DigestTally>>(() => CountAsync(articleId, CancellationToken.None))));
        return await kept.Tally.Value.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Counts now, without the cache: the story's first <see cref="EntriesCounted"/> entries (earliest due first), and
    /// one ledger point read (<see cref="DigestMessage.LedgerKey"/>) per subscriber and due time already past; none for
    /// digests not due yet.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articleId"/> is null.</exception>
    public async Task<DigestTally> CountAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
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

        var now = time.GetUtcNow();
        // One point read per entry already due: a due time's partition holds every subscriber's digest of that time (a
        // million at a popular hour), so it is never listed for one story.
        var rows = new ConcurrentDictionary<(DateTimeOffset, string), LedgerEntry>();
        await Parallel.ForEachAsync(
            entries.Where(e => e.DueAt <= now).DistinctBy(e => (e.DueAt, e.SubscriberId)),
            new ParallelOptions { MaxDegreeOfParallelism = LedgerReadsAtOnce, CancellationToken = cancellationToken },
            async (entry, token) =>
            {
                if (await ledger.GetAsync(DigestMessage.LedgerKey(entry.DueAt), entry.SubscriberId, Channel.Email, token) is { } row)
                {
                    rows[(entry.DueAt, entry.SubscriberId)] = row;
                }
            });

        return DigestDeliveryTally.Of(entries, e => rows.GetValueOrDefault((e.DueAt, e.SubscriberId)), now, partial);
    }

    // Drops counts older than the cache time, so stories no longer watched leave nothing behind.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (id, kept) in counts)
        {
            if (now - kept.CountedAt >= CacheFor)
            {
                counts.TryRemove(new KeyValuePair<string, (DateTimeOffset, Lazy<Task<DigestTally>>)>(id, kept));
            }
        }
    }
}
