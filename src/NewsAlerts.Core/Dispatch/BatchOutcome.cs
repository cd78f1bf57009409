namespace NewsAlerts.Core.Dispatch;

/// <summary>What dispatching one batch did.</summary>
/// <param name="Sent">Alerts the provider accepted now.</param>
/// <param name="AlreadyDone">Alerts the ledger showed done already (a redelivered batch).</param>
/// <param name="Skipped">Recipients who left or no longer want this channel, or whose alert's story was withdrawn before it went.</param>
/// <param name="Failed">Permanent failures (channel disabled for the subscriber).</param>
/// <param name="Retrying">Transient failures: the batch must be delivered again.</param>
/// <param name="PossibleDuplicates">Alerts claimed by a worker that crashed before recording: sent again, maybe twice.</param>
/// <param name="RetryReasons">Why the retrying ones failed (no personal data).</param>
public sealed record BatchOutcome(int Sent, int AlreadyDone, int Skipped, int Failed, int Retrying, int PossibleDuplicates, IReadOnlyList<string> RetryReasons)
{
    /// <summary>Whether every recipient has an outcome, so the message can be completed.</summary>
    public bool IsComplete => Retrying == 0;

    /// <summary>Counts the recipients' decisions; a send after a crash counts as sent and as a possible duplicate.</summary>
    public static BatchOutcome Of(IReadOnlyCollection<RecipientDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        int Count(RecipientResult r) => decisions.Count(d => d.Result == r);
        return new BatchOutcome(
            Count(RecipientResult.Sent) + Count(RecipientResult.SentAfterCrash), Count(RecipientResult.AlreadyDone), Count(RecipientResult.Skipped),
            Count(RecipientResult.Failed), Count(RecipientResult.Retrying), Count(RecipientResult.SentAfterCrash),
            decisions.Where(d => d.Result == RecipientResult.Retrying).Select(d => d.Reason ?? "unknown").Distinct().ToList());
    }
}
