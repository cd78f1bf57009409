namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;

/// <summary>
/// How long a claim keeps an alert in its worker's hands. A worker whose message lock was lost is still sending when
/// the batch reaches another worker; that one must not send the same alerts alongside. A Claimed row younger than the
/// lease is left to its claimer (<see cref="ClaimResult.HeldElsewhere"/>); an older one belongs to a worker that died
/// between send and record, and is taken over (<see cref="ClaimResult.ClaimedAfterCrash"/>). The lease must exceed
/// the longest time from claim to record: one group's sends with their retries, and the record's own retries.
/// </summary>
/// <param name="Duration">The lease, from the claim's write.</param>
public sealed record ClaimLease(TimeSpan Duration)
{
    /// <summary>Five minutes: well above a group of 32 sends at 1 SMS/s with a minute of retries each.</summary>
    public static ClaimLease Default { get; } = new(TimeSpan.FromMinutes(5));

    /// <summary>
    /// Decides a claim on an alert the ledger already has: done (sent, delivered, failed, skipped) stays done; a retry
    /// is claimed; a claim younger than the lease is held elsewhere; an older one (or one without a time) is taken over.
    /// </summary>
    public ClaimResult OnExisting(LedgerState state, DateTimeOffset? claimedAt, DateTimeOffset now) => state switch
    {
        LedgerState.Retrying => ClaimResult.Claimed,
        LedgerState.Claimed when claimedAt is { } at && now - at < Duration => ClaimResult.HeldElsewhere,
        LedgerState.Claimed => ClaimResult.ClaimedAfterCrash,
        _ => ClaimResult.AlreadyDone,
    };
}
