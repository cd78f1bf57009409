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
    /// The reason of alerts that will not go because the story was withdrawn: the key the dispatcher's own rows get
    /// (<see cref="LedgerState.Skipped"/>, <see cref="RecipientDecisions.StoryWithdrawnReason"/>), so the count stays one as they land.
    /// </summary>
    public static readonly string WithdrawnReason = $"{LedgerState.Skipped}: {RecipientDecisions.StoryWithdrawnReason}";

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
    /// <paramref name="storyWithdrawn"/>: the story reads withdrawn now (pass it for the alert and for correction
    /// follow-ups, never for the withdrawal's own follow-ups). Then nothing still to come will go: the dispatcher reads the
    /// story after each claim and records every alert without a row, and every retrying one, skipped "story withdrawn"
    /// (<see cref="RecipientDecisions.IfWithdrawn"/>, <see cref="FollowUps.FollowUpDecisions.BeforeSend"/>), so they
    /// count as not sent with that reason at once, not as scheduled, queued or overdue until their batch comes round
    /// (trial r43 #12). Only claimed rows stay queued: a dispatcher that read the story before the withdrawal may send them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static ChannelTally Of(
        Channel channel, IReadOnlyCollection<LedgerEntry> rows, int? planned, ScheduledSplit scheduled, int heldAtPlanning = 0, ContactMask? mask = null,
        bool storyWithdrawn = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        mask ??= ContactMask.Default;
        int Count(params LedgerState[] states) => rows.Count(r => states.Contains(r.State));
        var missing = planned is { } p ? Math.Max(0, p + Math.Max(0, heldAtPlanning) - rows.Count) : 0;
        if (storyWithdrawn)
        {
            return Withdrawn(channel, rows, missing, planned is null, mask);
        }

        var reasons = ReasonsOf(rows.Where(r => r.State is LedgerState.Failed or LedgerState.Skipped or LedgerState.HeldByCap or LedgerState.HeldStale
            or LedgerState.Retrying or LedgerState.DeadLettered), mask);
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

    // A withdrawn story: what has no row yet, and what is retrying, is not sent ("story withdrawn"); claimed is still queued.
    private static ChannelTally Withdrawn(Channel channel, IReadOnlyCollection<LedgerEntry> rows, int missing, bool ledgerOnly, ContactMask mask)
    {
        int Count(params LedgerState[] states) => rows.Count(r => states.Contains(r.State));
        var withdrawn = missing + Count(LedgerState.Retrying);
        var reasons = rows.Where(r => r.State is LedgerState.Failed or LedgerState.Skipped or LedgerState.HeldByCap or LedgerState.HeldStale or LedgerState.DeadLettered)
            .Select(r => Key(r.State, mask.Mask(r.Reason)))
            .Concat(Enumerable.Repeat(WithdrawnReason, withdrawn));
        return new ChannelTally(
            channel, Count(LedgerState.Claimed), Count(LedgerState.Sent), Count(LedgerState.Delivered), Count(LedgerState.Failed),
            Count(LedgerState.Skipped, LedgerState.HeldByCap, LedgerState.HeldStale) + withdrawn, Group(reasons))
        {
            Withdrawn = withdrawn,
            DeadLettered = Count(LedgerState.DeadLettered),
            LedgerOnly = ledgerOnly,
        };
    }

    private static List<KeyValuePair<string, int>> ReasonsOf(IEnumerable<LedgerEntry> rows, ContactMask mask) =>
        Group(rows.Select(r => Key(r.State, mask.Mask(r.Reason))));

    private static string Key(LedgerState state, string? reason) => $"{state}: {reason ?? "no reason given"}";

    private static List<KeyValuePair<string, int>> Group(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .ToList();
}
