namespace NewsAlerts.Core.Dispatch;

/// <summary>
/// What the ledger records when a batch is dead-lettered after its last attempt (<see cref="BatchSettlement.DeliveryIncomplete"/>):
/// the alerts of that batch still retrying become <see cref="LedgerState.DeadLettered"/>, so the story's tally stops
/// counting them as on their way. Nothing else changes: alerts sent, failed or skipped keep their outcome, and a claim
/// (another worker's, live or crashed) is not this worker's to settle. An unreadable batch
/// (<see cref="BatchSettlement.MalformedBatch"/>) names no recipient, so it marks nothing.
/// </summary>
public static class DeadLettering
{
    /// <summary>Whether <paramref name="settlement"/> dead-letters a readable batch that gave up on recipients still failing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="settlement"/> is null.</exception>
    public static bool MarksLedger(Settlement settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        return settlement.Action == SettlementAction.DeadLetter && settlement.DeadLetterReason == BatchSettlement.DeliveryIncomplete;
    }

    /// <summary>
    /// The records that mark the batch's alerts still retrying as dead-lettered, ordered by subscriber id. Only rows of
    /// <paramref name="recipients"/> (the batch's subscriber ids) count: other rows of the article's partition belong to
    /// other batches. The reason keeps the row's last failure (no contact: the ledger never stores one).
    /// </summary>
    /// <param name="recipients">The dead-lettered batch's subscriber ids.</param>
    /// <param name="rows">The ledger rows read for them (any may be missing).</param>
    /// <param name="attempts">The deliveries the batch had, from 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recipients"/> or <paramref name="rows"/> is null.</exception>
    public static IReadOnlyList<LedgerRecord> Marks(IReadOnlyCollection<string> recipients, IEnumerable<LedgerEntry> rows, int attempts)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(rows);
        var inBatch = recipients.ToHashSet(StringComparer.Ordinal);
        return rows
            .Where(r => r.State == LedgerState.Retrying && inBatch.Contains(r.SubscriberId))
            .DistinctBy(r => r.SubscriberId, StringComparer.Ordinal)
            .OrderBy(r => r.SubscriberId, StringComparer.Ordinal)
            .Select(r => new LedgerRecord(r.SubscriberId, LedgerState.DeadLettered, null, ReasonFor(r.Reason, attempts)))
            .ToList();
    }

    /// <summary>The dead-lettered row's reason: the batch's dead-letter reason, its attempts and the alert's last failure.</summary>
    public static string ReasonFor(string? lastFailure, int attempts) =>
        $"{BatchSettlement.DeliveryIncomplete} after {attempts} attempts: {lastFailure ?? "no reason given"}";
}
