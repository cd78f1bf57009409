namespace NewsAlerts.Core.Digests;

using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Entries written for a due time whose digest a subscriber already has (planning that outlasted the grace, a publish
/// retried across the due time): that digest went without them and will not go again, so they are carried to the
/// subscriber's next due time instead of waiting, pending, in a partition no run reads again.
/// </summary>
public static class LateDigestEntries
{
    /// <summary>
    /// Splits one due time's pending entries: those of subscribers whose digest of that due time is settled in the ledger
    /// (<paramref name="settled"/>) are late; the rest go in this run's batches. Sent entries are in neither.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (IReadOnlyList<DigestEntry> OnTime, IReadOnlyList<DigestEntry> Late) Split(IEnumerable<DigestEntry> entries, IReadOnlySet<string> settled)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(settled);
        var pending = entries.Where(e => e.State == DigestEntryState.Pending).ToList();
        return (pending.Where(e => !settled.Contains(e.SubscriberId)).ToList(), pending.Where(e => settled.Contains(e.SubscriberId)).ToList());
    }

    /// <summary>
    /// The entry moved to the subscriber's next due time after <paramref name="now"/> for its topic (an immediate-email
    /// topic uses the daily overflow digest), pending; null when the subscriber is gone (the entry is dropped with them).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public static DigestEntry? Carry(DigestEntry entry, Subscriber? subscriber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (subscriber is null)
        {
            return null;
        }

        var schedule = subscriber.EffectivePreferences.EmailFor(entry.TopicId).Overflow;
        var next = DigestClock.NextDue(schedule, LocalClock.Zone(subscriber.TimeZone), now);
        return next is { } due ? entry with { DueAt = due, State = DigestEntryState.Pending } : null;
    }
}
