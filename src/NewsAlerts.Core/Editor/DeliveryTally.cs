namespace NewsAlerts.Core.Editor;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Privacy;

/// <summary>
/// Counts a story's ledger rows by what an editor needs to know: on the way, sent, delivered, failed (why), not sent (why),
/// dead-lettered (why). A reason naming a recipient's address or number is shown masked (<see cref="ContactsInText"/>).
/// </summary>
public static class DeliveryTally
{
    /// <summary>The reason shown for texts whose end of quiet hours passed (and its grace) with nothing recorded.</summary>
    public const string OverdueReason = "Overdue: due at the end of quiet hours, no send recorded since (not delivered)";

    /// <summary>
    /// The tally of one channel from its ledger <paramref name="rows"/>. <paramref name="planned"/> alerts were queued in
    /// all (from the audit; <paramref name="scheduled"/> of them after quiet hours), and <paramref name="heldAtPlanning"/>
    /// more were held when planned (their ledger rows are written at once): every one of them ends as exactly one row, so
    /// those without a row yet are still to come. Missing rows count as scheduled first (they wait for hours; immediate
    /// ones get a row within seconds), the rest as queued. A null <paramref name="planned"/> (no audit entry: a story from
    /// a feed or WebSub) leaves only what the ledger shows, and the tally says so.
    /// Reasons are masked by <paramref name="mask"/> (null: <see cref="ContactMask.Default"/>; the app passes the one of
    /// <c>Sms:AllowedCountries</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static ChannelTally Of(
        Channel channel, IReadOnlyCollection<LedgerEntry> rows, int? planned, int scheduled = 0, int heldAtPlanning = 0, ContactMask? mask = null) =>
        Of(channel, rows, planned, ScheduledSplit.AllWaiting(scheduled), heldAtPlanning, mask);

    /// <summary>
    /// As the overload above, with the scheduled texts split by where their time stands (<see cref="ScheduledTexts.Split"/>).
    /// Missing rows count as waiting first, then as due (queued: on their way), then as overdue: their end of quiet hours
    /// passed more than <see cref="ScheduledTexts.Grace"/> ago and nothing was recorded, so they are counted as not sent
    /// with the reason "Overdue" (issue 16: a text the local queue lost showed as scheduled for ever). The rest are queued.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static ChannelTally Of(
        Channel channel, IReadOnlyCollection<LedgerEntry> rows, int? planned, ScheduledSplit scheduled, int heldAtPlanning = 0, ContactMask? mask = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        mask ??= ContactMask.Default;
        int Count(params LedgerState[] states) => rows.Count(r => states.Contains(r.State));
        var reasons = rows
            .Where(r => r.State is LedgerState.Failed or LedgerState.Skipped or LedgerState.HeldByCap or LedgerState.HeldStale or LedgerState.Retrying or LedgerState.DeadLettered)
            .GroupBy(r => $"{r.State}: {mask.Mask(r.Reason) ?? "no reason given"}", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .ToList();
        var missing = planned is { } p ? Math.Max(0, p + Math.Max(0, heldAtPlanning) - rows.Count) : 0;
        var waiting = Math.Min(missing, Math.Max(0, scheduled.Waiting));
        var due = Math.Min(missing - waiting, Math.Max(0, scheduled.Due));
        var overdue = Math.Min(missing - waiting - due, Math.Max(0, scheduled.Overdue));
        if (overdue > 0)
        {
            reasons.Add(new KeyValuePair<string, int>(OverdueReason, overdue));
        }

        return new ChannelTally(
            channel, missing - waiting - overdue + Count(LedgerState.Claimed, LedgerState.Retrying), Count(LedgerState.Sent), Count(LedgerState.Delivered),
            Count(LedgerState.Failed), Count(LedgerState.Skipped, LedgerState.HeldByCap, LedgerState.HeldStale) + overdue, reasons)
        {
            Scheduled = waiting,
            Overdue = overdue,
            DeadLettered = Count(LedgerState.DeadLettered),
            LedgerOnly = planned is null,
        };
    }
}
