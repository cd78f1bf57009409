namespace NewsAlerts.Core.Planning;

/// <summary>
/// Where an earlier version's alert to one subscriber stands by its record (<see cref="EarlierRecords"/>), in the order
/// one subscriber's records are read: the first that holds for any of their channels and ids is theirs.
/// </summary>
public enum EarlierStanding
{
    /// <summary>Handed to the provider: a ledger row sent or delivered, or a digest entry whose digest went.</summary>
    Sent,

    /// <summary>On its way now: an alert queued for now with no ledger row yet, or a ledger row claimed or retrying.</summary>
    Sending,

    /// <summary>A text queued for the end of their quiet hours (planned for later than now), no ledger row yet.</summary>
    AfterQuietHours,

    /// <summary>In an email digest that has not gone yet (a pending digest entry).</summary>
    InDigest,

    /// <summary>Not sent, and not coming: a ledger row failed, skipped, held (cap, stale) or dead-lettered.</summary>
    NotSent,
}
