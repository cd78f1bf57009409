namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;

/// <summary>
/// How long a claim keeps an alert in its worker's hands. A worker whose message lock was lost is still sending when
/// the batch reaches another worker; that one must not send the same alerts alongside. A Claimed row younger than the
/// lease is left to its claimer (<see cref="ClaimResult.HeldElsewhere"/>); an older one belongs to a worker that died
/// between send and record, and is taken over (<see cref="ClaimResult.ClaimedAfterCrash"/>). A live worker refreshes
/// its claims every <see cref="RefreshInterval"/> while their sends and records are in flight (<see cref="ClaimKeeper"/>),
/// so the lease only has to outlast a dead worker's silence, not the longest group.
/// </summary>
/// <remarks>
/// The claim's time is written by the claimer's clock and read against the reader's. A reader whose clock runs ahead
/// by S sees every claim S older than it is; <paramref name="ClockSkewMargin"/> is added to the lease, so a claim stays
/// held for at least <paramref name="Duration"/> of real time as long as the replicas' clocks differ by less than the
/// margin (Azure hosts keep NTP time to well under a second; the default margin is 30 s). A larger skew shortens the
/// effective lease by the excess and, past <see cref="RefreshInterval"/> plus the margin, lets a live claim be taken over.
/// </remarks>
/// <param name="Duration">The lease, from the claim's last write (the claim or its latest refresh).</param>
/// <param name="ClockSkewMargin">Added to the lease to absorb clock differences between replicas (not negative).</param>
public sealed record ClaimLease(TimeSpan Duration, TimeSpan ClockSkewMargin)
{
    /// <summary>The default clock skew margin: 30 seconds.</summary>
    public static readonly TimeSpan DefaultClockSkewMargin = TimeSpan.FromSeconds(30);

    /// <summary>A lease with the default clock skew margin.</summary>
    public ClaimLease(TimeSpan duration)
        : this(duration, DefaultClockSkewMargin)
    {
    }

    /// <summary>Five minutes (plus the default margin): a crashed worker's alerts wait that long before another sends them.</summary>
    public static ClaimLease Default { get; } = new(TimeSpan.FromMinutes(5));

    /// <summary>How often a live worker rewrites the time of the claims it holds: a third of the lease, so two refreshes may fail in a row.</summary>
    public TimeSpan RefreshInterval => Duration / 3;

    /// <summary>
    /// Decides a claim on an alert the ledger already has: done (sent, delivered, failed, skipped) stays done; a retry
    /// (or an alert of a dead-lettered batch, replayed) is claimed; a claim younger than the lease and the skew margin is held elsewhere; an older one (or one without a
    /// time) is taken over.
    /// </summary>
    public ClaimResult OnExisting(LedgerState state, DateTimeOffset? claimedAt, DateTimeOffset now) => state switch
    {
        LedgerState.Retrying or LedgerState.DeadLettered => ClaimResult.Claimed,
        LedgerState.Claimed when claimedAt is { } at && now - at < Duration + ClockSkewMargin => ClaimResult.HeldElsewhere,
        LedgerState.Claimed => ClaimResult.ClaimedAfterCrash,
        _ => ClaimResult.AlreadyDone,
    };
}
