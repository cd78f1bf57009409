namespace NewsAlerts.Core.Editor;

using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Privacy;

/// <summary>
/// Counts a story's digest entries by what an editor needs to know, from the entries (<see cref="Ports.IDigestStore.ForArticleAsync"/>)
/// and the ledger rows of their digests (key <see cref="DigestMessage.LedgerKey"/>, one row per subscriber and due time).
/// </summary>
public static class DigestDeliveryTally
{
    /// <summary>
    /// The tally of <paramref name="entries"/> at <paramref name="now"/>. A digest not due yet has not gone, whatever its
    /// row says; one due is told by its ledger row (<paramref name="rowOf"/>: null when it has none yet): sent or
    /// delivered with the entry marked sent is in the digest; with the entry still pending the entry missed that digest
    /// (written while it was queued) and is carried to the next, so it is still due; failed, dead-lettered and skipped
    /// are final. An entry marked sent under a skipped row was dropped (a pause, or every story withdrawn): not sent.
    /// <paramref name="partial"/> says the story has more entries than these.
    /// Reasons are masked by <paramref name="mask"/> (null: <see cref="ContactMask.Default"/>).
    /// <paramref name="storyWithdrawn"/>: the story reads withdrawn now. Then a digest composed from now on leaves it out
    /// (<see cref="Digests.DigestComposer"/>), so an entry not due yet, and a due one whose digest is not settled nor
    /// claimed, will not go: not sent, "story withdrawn", at once (trial r43 #12), as are the <paramref name="dropped"/>
    /// entries the withdrawal removed (<see cref="AuditEntry.DigestEntriesDropped"/>; counted in <see cref="DigestTally.Counted"/>).
    /// <paramref name="whyNotSent"/>: for an entry not due yet, why its digest will not carry it
    /// (<see cref="WaitingDigestEntries.WhyNotSent"/>: a pause running at its due time, the subscriber gone, the address
    /// suppressed), null when it will; such an entry is not sent, with that reason, and not waiting, so
    /// <see cref="DigestTally.NextDue"/> is of digests that will go (trial s45 #9). Null: every entry not due waits.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or <paramref name="rowOf"/> is null.</exception>
    public static DigestTally Of(
        IReadOnlyCollection<DigestEntry> entries, Func<DigestEntry, LedgerEntry?> rowOf, DateTimeOffset now, bool partial, ContactMask? mask = null,
        bool storyWithdrawn = false, int dropped = 0, Func<DigestEntry, string?>? whyNotSent = null)
    {
        mask ??= ContactMask.Default;
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(rowOf);
        var waiting = new List<DigestEntry>();
        int due = 0, inDigest = 0, failed = 0, deadLettered = 0, notSent = 0;
        var reasons = new List<string>();
        foreach (var entry in storyWithdrawn ? [] : entries.Where(e => e.DueAt > now))
        {
            if (whyNotSent?.Invoke(entry) is { } why)
            {
                notSent++;
                reasons.Add(why);
            }
            else
            {
                waiting.Add(entry);
            }
        }

        if (storyWithdrawn)
        {
            var withdrawn = Math.Max(0, dropped) + entries.Count(e => e.DueAt > now);
            notSent += withdrawn;
            reasons.AddRange(Enumerable.Repeat(DeliveryTally.WithdrawnReason, withdrawn));
        }

        foreach (var entry in entries.Where(e => e.DueAt <= now))
        {
            var row = rowOf(entry);
            var sent = entry.State == DigestEntryState.Sent;
            switch (row?.State)
            {
                case LedgerState.Sent or LedgerState.Delivered when sent:
                    inDigest++;
                    break;
                case LedgerState.Failed:
                    failed++;
                    reasons.Add($"{row.State}: {mask.Mask(row.Reason) ?? "no reason given"}");
                    break;
                case LedgerState.DeadLettered:
                    deadLettered++;
                    reasons.Add($"{row.State}: {mask.Mask(row.Reason) ?? "no reason given"}");
                    break;
                case LedgerState.Skipped or LedgerState.HeldByCap or LedgerState.HeldStale:
                    notSent++;
                    reasons.Add($"{row.State}: {mask.Mask(row.Reason) ?? "no reason given"}");
                    break;
                case not LedgerState.Claimed when storyWithdrawn:
                    // Not composed yet, or carried to a next digest: the composer leaves a withdrawn story out.
                    notSent++;
                    reasons.Add(DeliveryTally.WithdrawnReason);
                    break;
                default:
                    // No row yet, claimed, retrying, or sent without this entry (it missed that digest and is carried on).
                    due++;
                    break;
            }
        }

        return new DigestTally(
            waiting.Count, waiting.Count > 0 ? waiting.Min(e => e.DueAt) : null, due, inDigest, failed, deadLettered, notSent,
            reasons.GroupBy(r => r, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KeyValuePair<string, int>(g.Key, g.Count())).ToList(),
            entries.Count + (storyWithdrawn ? Math.Max(0, dropped) : 0), partial);
    }
}
