namespace NewsAlerts.Core.Editor;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>Counts a story's ledger rows by what an editor needs to know: on the way, sent, delivered, failed (why), not sent (why).</summary>
public static class DeliveryTally
{
    /// <summary>
    /// The tally of one channel from its ledger <paramref name="rows"/>; <paramref name="planned"/> alerts were queued in
    /// all (from the audit), so those without a row yet are still queued.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static ChannelTally Of(Channel channel, IReadOnlyCollection<LedgerEntry> rows, int planned)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int Count(params LedgerState[] states) => rows.Count(r => states.Contains(r.State));
        var reasons = rows
            .Where(r => r.State is LedgerState.Failed or LedgerState.Skipped or LedgerState.HeldByCap or LedgerState.HeldStale or LedgerState.Retrying)
            .GroupBy(r => $"{r.State}: {r.Reason ?? "no reason given"}", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .ToList();
        var unclaimed = Math.Max(0, planned - rows.Count);
        return new ChannelTally(
            channel, unclaimed + Count(LedgerState.Claimed, LedgerState.Retrying), Count(LedgerState.Sent), Count(LedgerState.Delivered),
            Count(LedgerState.Failed), Count(LedgerState.Skipped, LedgerState.HeldByCap, LedgerState.HeldStale), reasons);
    }
}
