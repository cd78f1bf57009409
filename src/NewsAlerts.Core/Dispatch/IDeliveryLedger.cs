namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;

/// <summary>
/// The record of every alert: claimed, sent (with the provider's id), delivered, failed or skipped. It is what makes
/// a redelivered batch send nothing twice.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>Claims the alerts of one article and channel for these subscribers, in as few storage calls as it can.</summary>
    Task<IReadOnlyDictionary<string, ClaimResult>> ClaimAsync(
        string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken);

    /// <summary>
    /// Rewrites the claim time of those alerts still Claimed, so their lease runs from now (<see cref="ClaimKeeper"/>:
    /// the claimer is alive and still sending or recording). Alerts in any other state are left as they are.
    /// </summary>
    Task RefreshClaimsAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, CancellationToken cancellationToken);

    /// <summary>
    /// Records what happened to claimed alerts of one article and channel, in as few storage calls as it can. A record
    /// never moves an alert backwards (<see cref="LedgerTransitions.Allows"/>): one that would (a retried write landing
    /// after a status callback) is left out.
    /// </summary>
    Task RecordAsync(string articleId, Channel channel, IReadOnlyCollection<LedgerRecord> records, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the alerts of a batch about to be dead-lettered that are still retrying as <see cref="LedgerState.DeadLettered"/>
    /// (<see cref="DeadLettering.Marks"/> decides on the rows read); each write holds only if its row is unchanged since
    /// the read, else it is decided again. Returns how many were marked.
    /// </summary>
    Task<int> MarkDeadLetteredAsync(string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds, int attempts, CancellationToken cancellationToken);

    /// <summary>
    /// Marks an alert delivered (or failed) from a provider status callback. Providers may call back before the send
    /// is recorded: then the status is kept and applied when <see cref="RecordAsync"/> records that provider id, and
    /// the answer is false (true when it was applied now).
    /// </summary>
    Task<bool> RecordProviderStatusAsync(string providerMessageId, LedgerState state, string? reason, CancellationToken cancellationToken);

    /// <summary>
    /// The subscriber an alert with this provider id (a Twilio MessageSid) was sent to, as the send recorded it:
    /// <see cref="MessageRecipient.Of"/> that subscriber; <see cref="MessageRecipient.Gone"/> when they were erased since
    /// (<see cref="EraseSubscriberAsync"/> keeps that mark and nothing else); <see cref="MessageRecipient.Unknown"/> when no
    /// send with that id is recorded yet (a callback that came before the record) or at all. A status callback acts on
    /// this subscriber, never on whoever holds the number now (issue 16 review: a number may change hands between the
    /// send and its callback), and on nobody for an erased one (review of s36). This default knows no provider ids
    /// (in-memory twins).
    /// </summary>
    Task<MessageRecipient> RecipientOfAsync(string providerMessageId, CancellationToken cancellationToken) => Task.FromResult(MessageRecipient.Unknown);

    /// <summary>The state of one alert, or null when it was never claimed.</summary>
    Task<LedgerState?> GetStateAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken);

    /// <summary>One alert's ledger row (state, reason, last change), or null when it was never claimed; one point read.</summary>
    Task<LedgerEntry?> GetAsync(string articleId, string subscriberId, Channel channel, CancellationToken cancellationToken);

    /// <summary>Every ledger row of one article and channel (for operators' reports; one partition read).</summary>
    IAsyncEnumerable<LedgerEntry> ListAsync(string articleId, Channel channel, CancellationToken cancellationToken);

    /// <summary>
    /// The ledger rows of one article and channel whose last change (<see cref="LedgerEntry.UpdatedAt"/>, the writer's
    /// clock) is at or after <paramref name="since"/>: what changed since a reader last looked, so a story page's poll
    /// reads what moved, not the whole story (<see cref="Editor.StoryLedgerStatus"/>). Storage filters in the query, so only
    /// those rows are returned; this default filters <see cref="ListAsync"/> (for in-memory twins).
    /// </summary>
    IAsyncEnumerable<LedgerEntry> ListChangedSinceAsync(string articleId, Channel channel, DateTimeOffset since, CancellationToken cancellationToken) =>
        LedgerRows.ChangedSince(ListAsync(articleId, channel, cancellationToken), since, cancellationToken);
    /// <summary>
    /// The subscribers whose alert for this article and channel is settled (sent, delivered, failed or skipped): a batch
    /// delivered again sends them nothing, so reach does not count them. One query of the article's partition.
    /// </summary>
    Task<IReadOnlySet<string>> SettledAsync(string articleId, Channel channel, CancellationToken cancellationToken);

    /// <summary>
    /// Makes every ledger record of <paramref name="fromId"/> (a duplicate merged away) one of <paramref name="toId"/> (its
    /// survivor), so an article already sent to the duplicate counts as sent to the survivor. Where both have a record of
    /// one alert, the settled one is kept. Idempotent: a second call finds nothing left to move. Returns the records moved.
    /// </summary>
    Task<int> MoveSubscriberAsync(string fromId, string toId, CancellationToken cancellationToken);

    /// <summary>
    /// Erases every ledger record of a subscriber. What their provider ids pointed at is erased too, but each id leaves
    /// a mark that it went to someone erased (<see cref="RecipientOfAsync"/> answers <see cref="MessageRecipient.Gone"/>),
    /// so a late status callback for one of their texts acts on nobody rather than on the number's next holder (review of
    /// s36). The mark holds no personal data (the implementation says how).
    /// </summary>
    Task EraseSubscriberAsync(string subscriberId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the marks <see cref="EraseSubscriberAsync"/> left that were made before <paramref name="before"/> (sub16b:
    /// they were kept for ever). A mark stands for the delivery records erased, whose history is kept
    /// <see cref="History.AlertHistory.Window"/> (30 days): the hourly purge passes <c>now - Window</c>, long after any
    /// provider's last status callback. Returns the marks deleted.
    /// </summary>
    Task<int> PurgeErasedMarksBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
