namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// The per-recipient decisions of a batch as plain functions: whether to send at all (already done, subscriber gone
/// or channel not wanted) and what a send's outcome means (sent, possibly duplicated after a crash, channel disabled
/// after a permanent failure, retried after a transient one). <see cref="BatchDispatcher"/> does the I/O around them.
/// </summary>
public static class RecipientDecisions
{
    /// <summary>The ledger reason of a recipient skipped because they left or no longer want the channel.</summary>
    public const string SkippedReason = "subscriber gone or channel not wanted";

    /// <summary>The ledger reason of an alert not sent because its story was withdrawn after it was planned.</summary>
    public const string StoryWithdrawnReason = "story withdrawn";

    /// <summary>
    /// Decides for an alert (not a follow-up) whose story is <paramref name="storyWithdrawn"/>: one the ledger shows done
    /// is left alone, any other is recorded skipped (<see cref="StoryWithdrawnReason"/>) and never sent. Null: the story
    /// stands, decide as usual.
    /// </summary>
    public static RecipientDecision? IfWithdrawn(string subscriberId, ClaimResult claim, bool storyWithdrawn) =>
        !storyWithdrawn ? null
        : claim == ClaimResult.AlreadyDone ? new RecipientDecision(RecipientResult.AlreadyDone, null, null)
        : new RecipientDecision(RecipientResult.Skipped, null, new LedgerRecord(subscriberId, LedgerState.Skipped, null, StoryWithdrawnReason));

    /// <summary>
    /// Decides before sending: an alert the ledger shows done is left alone; one whose subscriber is gone (null) or
    /// no longer wants <paramref name="channel"/> at this <paramref name="urgency"/> is recorded skipped. Null: send it.
    /// </summary>
    public static RecipientDecision? BeforeSend(string subscriberId, ClaimResult claim, Subscriber? subscriber, Channel channel, int urgency)
    {
        if (claim == ClaimResult.AlreadyDone)
        {
            return new RecipientDecision(RecipientResult.AlreadyDone, null, null);
        }

        var wanted = subscriber is not null && AlertChannel.For(channel).Wants(subscriber, urgency);
        return wanted ? null : new RecipientDecision(RecipientResult.Skipped, null, new LedgerRecord(subscriberId, LedgerState.Skipped, null, SkippedReason));
    }

    /// <summary>
    /// Decides for a subscriber who wants the alert: paused at <paramref name="now"/> (<see cref="Pausing.Pauses"/>), it is
    /// recorded skipped (<see cref="Pausing.Pauses.PausedReason"/>) and never sent, not even after the pause. Null: send it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static RecipientDecision? IfPaused(Subscriber subscriber, DateTimeOffset now) =>
        Pausing.Pauses.IsPaused(subscriber, now)
            ? new RecipientDecision(RecipientResult.Skipped, null, new LedgerRecord(subscriber.Id, LedgerState.Skipped, null, Pausing.Pauses.PausedReason))
            : null;

    /// <summary>
    /// <paramref name="decision"/> with its record naming <paramref name="version"/> when it names none: every state of an
    /// alert keeps the version it concerns (<see cref="LedgerRecord.Version"/>), so a row that failed, was skipped or
    /// was later delivered still says which text it was about.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static RecipientDecision WithVersion(RecipientDecision decision, int version)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Record is { Version: null } record ? decision with { Record = record with { Version = version } } : decision;
    }

    /// <summary>The reason recorded for a send that threw instead of answering an outcome: the exception's type only (its message may quote an address).</summary>
    public static string UnexpectedFailureReason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return $"send failed unexpectedly ({exception.GetType().Name})";
    }

    /// <summary>
    /// The records of a group handed back before any send: alerts freshly claimed become retries (the next delivery
    /// sends them at once); alerts taken over from a crashed worker keep their claim (a later taker must still count
    /// them as possible duplicates); others (done, held elsewhere) are not this worker's to write.
    /// </summary>
    public static IReadOnlyList<LedgerRecord> HandBack(IReadOnlyDictionary<string, ClaimResult> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims.Where(c => c.Value == ClaimResult.Claimed)
            .Select(c => new LedgerRecord(c.Key, LedgerState.Retrying, null, BatchDispatcher.HandedBackReason))
            .OrderBy(r => r.SubscriberId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Decides after sending: sent (a possible duplicate when the claim was taken over from a worker that stopped
    /// between send and record; the SMS welcome marked as sent), failed for good (the channel disabled for the
    /// subscriber, unless only this message was refused (<see cref="SendOutcome.MessageOnly"/>); the provider's code and
    /// reason recorded), or retrying (the batch goes round again).
    /// </summary>
    public static RecipientDecision AfterSend(Subscriber subscriber, Channel channel, ClaimResult claim, SendOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(outcome);
        var id = subscriber.Id;
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                return new RecipientDecision(
                    claim == ClaimResult.ClaimedAfterCrash ? RecipientResult.SentAfterCrash : RecipientResult.Sent,
                    null,
                    new LedgerRecord(id, LedgerState.Sent, outcome.ProviderMessageId, null),
                    AlertChannel.For(channel).AfterSent(subscriber));
            case SendStatus.PermanentFailure:
                var reason = $"{outcome.ProviderErrorCode} {outcome.Reason}".Trim();
                return new RecipientDecision(
                    RecipientResult.Failed,
                    reason,
                    new LedgerRecord(id, LedgerState.Failed, null, reason),
                    outcome.MessageOnly ? null : AlertChannel.For(channel).Disable(subscriber));
            default:
                return new RecipientDecision(RecipientResult.Retrying, outcome.Reason, new LedgerRecord(id, LedgerState.Retrying, null, outcome.Reason));
        }
    }
}
