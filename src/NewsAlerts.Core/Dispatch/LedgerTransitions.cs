namespace NewsAlerts.Core.Dispatch;

/// <summary>
/// Which writes may change an alert's ledger state: it only moves forward. A write arriving late (a record retried
/// after storage timed out, a status callback racing the record) must never put back a state the alert has left:
/// a retried "Sent" must not replace the "Delivered" a callback wrote in between.
/// </summary>
/// <remarks>
/// Order: Claimed, then Retrying or DeadLettered (known not sent), then Sent, then an end state (Delivered, Failed, Skipped). Writing
/// the state a row already has is allowed (an idempotent retry). From Sent only the provider's verdict follows
/// (Delivered or Failed); end states are final. Going back to Claimed is a claim, decided by <see cref="ClaimLease"/>
/// under the row's ETag, never a record.
/// </remarks>
public static class LedgerTransitions
{
    /// <summary>Whether a record or status write may change an alert from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Allows(LedgerState from, LedgerState to) => (from, to) switch
    {
        _ when from == to => true,
        (_, LedgerState.Claimed) => false,
        (LedgerState.Claimed, _) => true,
        (LedgerState.Retrying or LedgerState.DeadLettered, _) => true,
        (LedgerState.Sent, LedgerState.Delivered or LedgerState.Failed) => true,
        _ => false,
    };
}
