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
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or <paramref name="rowOf"/> is null.</exception>
    public static DigestTally Of(
        IReadOnlyCollection<DigestEntry> entries, Func<DigestEntry, LedgerEntry?> rowOf, DateTimeOffset now, bool partial, ContactMask? mask = null)
    {
        mask ??= ContactMask.Default;
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(rowOf);
        var waiting = entries.Where(e => e.DueAt > now).ToList();
        int due = 0, inDigest = 0, failed = 0, deadLettered = 0, notSent = 0;
        var reasons = new List<string>();
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
            entries.Count, partial);
    }
}
