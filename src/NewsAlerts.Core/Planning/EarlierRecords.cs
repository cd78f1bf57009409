namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// The records <see cref="EarlierAlerts"/> reads, kept with where each stands, so an editor's preview of a newer version
/// splits "an earlier version reached them or is on its way" into what was sent, what waits in a digest (and when it
/// goes), what waits for the end of quiet hours, what is being sent, and what was not sent and why (trial r37: one count
/// said "reached or on its way" of texts held by a cap). Nothing is guessed: a subscriber with no record is not here.
/// </summary>
public static class EarlierRecords
{
    /// <summary>
    /// (channel, subscriber id) → its record, or null: the ledger row first (the dispatcher's last word), then by email a
    /// digest entry (a pending one before a sent one: the earliest due), then a queued alert (planned for after
    /// <paramref name="now"/>: held by quiet hours; otherwise, or when the record has no time, being sent).
    /// </summary>
    /// <param name="ledger">The story's ledger rows per channel, by subscriber id.</param>
    /// <param name="digests">The story's digest entries (any subscriber, any state).</param>
    /// <param name="planned">Subscriber ids an earlier version queued an alert for per channel, with the earliest time it was planned for (null: not recorded).</param>
    /// <param name="now">The planning time.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Func<Channel, string, EarlierRecord?> Of(
        IReadOnlyDictionary<Channel, IReadOnlyDictionary<string, LedgerEntry>> ledger, IEnumerable<DigestEntry> digests,
        IReadOnlyDictionary<Channel, IReadOnlyDictionary<string, DateTimeOffset?>> planned, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(digests);
        ArgumentNullException.ThrowIfNull(planned);
        var digested = digests.GroupBy(d => d.SubscriberId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.OrderBy(d => d.State == DigestEntryState.Pending ? 0 : 1).ThenBy(d => d.DueAt).First(),
            StringComparer.Ordinal);
        return (channel, id) =>
        {
            if (ledger.TryGetValue(channel, out var rows) && rows.TryGetValue(id, out var row))
            {
                return OfLedger(row);
            }

            if (channel == Channel.Email && digested.TryGetValue(id, out var entry))
            {
                return entry.State == DigestEntryState.Sent ? new EarlierRecord(EarlierStanding.Sent) : new EarlierRecord(EarlierStanding.InDigest, entry.DueAt);
            }

            return planned.TryGetValue(channel, out var ids) && ids.TryGetValue(id, out var at)
                ? at is { } later && later > now ? new EarlierRecord(EarlierStanding.AfterQuietHours, later) : new EarlierRecord(EarlierStanding.Sending)
                : null;
        };
    }

    /// <summary>Where a ledger row stands.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static EarlierRecord OfLedger(LedgerEntry row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.State switch
        {
            LedgerState.Sent or LedgerState.Delivered => new EarlierRecord(EarlierStanding.Sent),
            LedgerState.Claimed or LedgerState.Retrying => new EarlierRecord(EarlierStanding.Sending),
            LedgerState.Skipped => new EarlierRecord(EarlierStanding.NotSent, NotSentAs: LedgerState.Skipped, Reason: row.Reason),
            _ => new EarlierRecord(EarlierStanding.NotSent, NotSentAs: row.State),
        };
    }

    /// <summary>One subscriber's record among theirs (channels, merged ids): the first by <see cref="EarlierStanding"/>'s order, the earliest time among equals.</summary>
    /// <exception cref="ArgumentException"><paramref name="records"/> is empty.</exception>
    public static EarlierRecord Pick(IReadOnlyCollection<EarlierRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            throw new ArgumentException("A subscriber counted as already reached has a record.", nameof(records));
        }

        return records.OrderBy(r => r.Standing).ThenBy(r => r.At ?? DateTimeOffset.MaxValue).First();
    }
}
