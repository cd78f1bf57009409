namespace NewsAlerts.Core.Dispatch;

/// <summary>
/// How a batch message is settled, as plain functions: a message that is not a batch is dead-lettered at once; a
/// batch whose every recipient has an outcome is completed; one with recipients still failing for now goes round
/// again until its last attempt, then is dead-lettered with the reasons; a batch interrupted by a stop is handed back.
/// </summary>
public static class BatchSettlement
{
    /// <summary>The dead-letter reason of a message that is not a delivery batch of its queue's channel.</summary>
    public const string MalformedBatch = "MalformedBatch";

    /// <summary>The dead-letter reason of a batch with recipients still failing after its last attempt.</summary>
    public const string DeliveryIncomplete = "DeliveryIncomplete";

    /// <summary>A batch interrupted by a stop: what was sent is in the ledger, the rest goes to the next worker.</summary>
    public static Settlement HandBack { get; } = new(SettlementAction.Abandon);

    /// <summary>Dead-letters a message that could not be read as a batch, with the reading's problem as description.</summary>
    public static Settlement Unreadable(string problem) => new(SettlementAction.DeadLetter, MalformedBatch, problem);

    /// <summary>
    /// What a worker does with its batch message once dispatching ended, however it ended. A host that is stopping
    /// hands an unfinished batch back (what was sent is in the ledger) and settles a finished one as usual. A worker
    /// whose lock on the message was lost settles nothing (<c>null</c>): the broker gives the message to another
    /// worker and would refuse the settlement, and that worker finds in the ledger every alert this one finished.
    /// Otherwise <see cref="After"/> decides.
    /// </summary>
    /// <param name="outcome">The dispatch's outcome; <c>null</c> when it was cancelled before it finished.</param>
    /// <param name="stopping">Whether the host is stopping (its own cancellation, not the lock's).</param>
    /// <param name="lockLost">Whether the broker reported the message's lock lost (renewal refused or expired).</param>
    /// <param name="deliveryCount">This attempt, from 1.</param>
    /// <param name="maxAttempts">Attempts before an unfinished batch is dead-lettered.</param>
    /// <exception cref="InvalidOperationException">The dispatch was cancelled although neither the host stopped nor the lock was lost.</exception>
    public static Settlement? Once(BatchOutcome? outcome, bool stopping, bool lockLost, int deliveryCount, int maxAttempts)
    {
        if (stopping)
        {
            return outcome is null ? HandBack : After(outcome, deliveryCount, maxAttempts);
        }

        if (lockLost)
        {
            return null;
        }

        return outcome is null
            ? throw new InvalidOperationException("A dispatch ends without an outcome only when the host stops or the lock is lost.")
            : After(outcome, deliveryCount, maxAttempts);
    }

    /// <summary>
    /// Settles a dispatched batch: complete when done; otherwise abandon, or dead-letter once
    /// <paramref name="deliveryCount"/> (this attempt, from 1) has reached <paramref name="maxAttempts"/>.
    /// </summary>
    public static Settlement After(BatchOutcome outcome, int deliveryCount, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.IsComplete)
        {
            return new Settlement(SettlementAction.Complete);
        }

        return deliveryCount >= maxAttempts
            ? new Settlement(
                SettlementAction.DeadLetter, DeliveryIncomplete,
                $"{outcome.Retrying} recipients still failing after {deliveryCount} attempts: {string.Join("; ", outcome.RetryReasons)}")
            : new Settlement(SettlementAction.Abandon);
    }
}
