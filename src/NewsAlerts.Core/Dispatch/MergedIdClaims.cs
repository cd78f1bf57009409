namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// The ledger rows of the old duplicates folded into a recipient (<see cref="Subscriber.MergedIds"/>) count as its own:
/// an alert already sent under one of those ids is not sent again, and one another worker is sending under one of them
/// right now is waited for. Kept apart from the claim itself (<see cref="ClaimLease"/>), which looks at the recipient's
/// own row.
/// </summary>
public static class MergedIdClaims
{
    /// <summary>The ledger reason of a recipient whose alert went out under a merged duplicate's id.</summary>
    public const string SentUnderMergedIdReason = "sent under a merged duplicate's id";

    /// <summary>The ledger reason of a recipient waiting for a send in flight under a merged duplicate's id.</summary>
    public const string InFlightUnderMergedIdReason = "being sent under a merged duplicate's id";

    /// <summary>
    /// Decides from the states of this article's alert under the merged ids (null: no row): sent or delivered under
    /// any of them, the recipient's own claim is settled as skipped and nothing is sent; claimed under one (another
    /// worker is sending it), this one is retried later; otherwise null: send.
    /// </summary>
    public static RecipientDecision? Decide(string subscriberId, IEnumerable<LedgerState?> mergedStates)
    {
        ArgumentNullException.ThrowIfNull(mergedStates);
        var states = mergedStates.ToList();
        if (states.Any(s => s is LedgerState.Sent or LedgerState.Delivered))
        {
            return new RecipientDecision(RecipientResult.AlreadyDone, null, new LedgerRecord(subscriberId, LedgerState.Skipped, null, SentUnderMergedIdReason));
        }

        return states.Contains(LedgerState.Claimed)
            ? new RecipientDecision(RecipientResult.Retrying, InFlightUnderMergedIdReason, new LedgerRecord(subscriberId, LedgerState.Retrying, null, InFlightUnderMergedIdReason))
            : null;
    }
}
