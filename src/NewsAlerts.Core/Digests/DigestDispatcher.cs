namespace NewsAlerts.Core.Digests;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// Sends one digest batch: claims it in the ledger (key: subscriber + due time), reads the entries and their articles,
/// composes the email (<see cref="DigestComposer"/>), sends it, records the outcome and marks the entries sent. As for
/// alerts, the ledger makes a redelivered or re-queued digest send nothing twice, a suppressed address is skipped
/// (asked right before the send), and a hard bounce disables email and suppresses the address. A digest due while its
/// subscriber is paused is not sent and its entries are dropped (marked sent: after a pause they would be stale, and
/// the person asked for quiet); its stories go into the subscriber's history once its send is recorded (one attempt).
/// </summary>
public sealed class DigestDispatcher(
    SubscriberDirectory subscribers, IDeliveryLedger ledger, IDigestStore digests, IArticleStore articles, IDigestEmailSender sender, AlertLinks links,
    SuppressionList suppressions, AlertMetrics metrics, TimeProvider? time = null, ClaimLease? claimLease = null, IAlertHistory? history = null)
{
    /// <summary>The ledger reason of a digest whose every story was withdrawn before it was due.</summary>
    public const string NothingLeftReason = "every story of the digest was withdrawn";

    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly ClaimLease lease = claimLease ?? ClaimLease.Default;

    /// <summary>
    /// Dispatches the digest; the outcome counts its one recipient. A digest another worker holds is waited for (claimed
    /// again with growing pauses) until that worker records it (done) or its lease runs out (it died: taken over), so a
    /// redelivery never spends an attempt on it. Cancelled before the send, a fresh claim is handed back as a retry, so
    /// the next delivery sends it at once.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the send (the claim was handed back) or while waiting on another worker.</exception>
    public async Task<BatchOutcome> DispatchAsync(DigestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var key = DigestMessage.LedgerKey(batch.DueAt);
        var claim = await ClaimAsync(key, batch.SubscriberId, cancellationToken);
        RecipientDecision decision;
        DigestEmail? sentEmail;
        var ours = claim is ClaimResult.Claimed or ClaimResult.ClaimedAfterCrash ? new[] { batch.SubscriberId } : [];
        await using (ClaimKeeper.Start(ledger, lease, clock, key, Channel.Email, ours))
        {
            try
            {
                (decision, sentEmail) = await DeliverAsync(batch, claim, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Nothing was sent: a fresh claim goes back as a retry (one taken over from a crash stays claimed, so
                // its next taker still counts a possible duplicate).
                var handedBack = RecipientDecisions.HandBack(new Dictionary<string, ClaimResult>(StringComparer.Ordinal) { [batch.SubscriberId] = claim });
                await StorageRetries.RunAsync(() => ledger.RecordAsync(key, Channel.Email, handedBack, CancellationToken.None), clock);
                throw;
            }

            // The stories this digest carried are marked sent before the ledger settles it, so a digest the ledger shows
            // done has its stories marked: a batch finding it done (a redelivery, or a second run's batch that also names
            // an entry written since) marks nothing, and what is still pending then was never in it.
            // A digest due during a pause is dropped the same way (Pauses): its entries are marked sent, never carried on.
            var went = decision.Result is RecipientResult.Sent or RecipientResult.SentAfterCrash
                || decision.Record?.Reason is NothingLeftReason or Pausing.Pauses.PausedReason;
            if (went)
            {
                await StorageRetries.RunAsync(() => digests.MarkSentAsync(batch.DueAt, batch.SubscriberId, batch.ArticleIds, CancellationToken.None), clock);
            }

            if (decision.Record is { } record)
            {
                await StorageRetries.RunAsync(() => ledger.RecordAsync(key, Channel.Email, [record], CancellationToken.None), clock);
            }

            if (went || decision.Result == RecipientResult.AlreadyDone)
            {
                // Entries of this due time still pending once its digest is settled missed it (written while it was
                // queued): carried to the subscriber's next digest, never marked sent unsent, never left where no run reads.
                await StorageRetries.RunAsync(() => CarryMissedAsync(batch, CancellationToken.None), clock);
            }
        }

        // The history comes last, once the ledger shows the digest sent: one attempt, never in the way of the record (HistoryWrites).
        if (decision.Result is RecipientResult.Sent or RecipientResult.SentAfterCrash && sentEmail is not null)
        {
            await History.HistoryWrites.AddOnceAsync(history, History.AlertHistory.Of(sentEmail, clock.GetUtcNow()), metrics, Channel.Email);
        }

        metrics.Dispatched(Channel.Email, decision.Result == RecipientResult.Sent ? "digest_sent" : "digest_" + decision.Result.ToString().ToLowerInvariant(), 1);
        return BatchOutcome.Of([decision]);
    }

    /// <summary>
    /// Marks the digest's ledger row dead-lettered when it is still retrying, right before its batch is dead-lettered after
    /// its last attempt (<see cref="DeadLettering"/>; the same ledger write as an alert batch's, keyed
    /// <see cref="DigestMessage.LedgerKey"/>). Returns how many rows were marked (0 or 1).
    /// </summary>
    /// <param name="batch">The digest being dead-lettered.</param>
    /// <param name="attempts">Its deliveries, from 1.</param>
    /// <param name="cancellationToken">Cancels the ledger write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    public Task<int> MarkDeadLetteredAsync(DigestBatch batch, int attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return ledger.MarkDeadLetteredAsync(DigestMessage.LedgerKey(batch.DueAt), Channel.Email, [batch.SubscriberId], attempts, cancellationToken);
    }

    // Claims the digest; while another worker holds it (its lock on this message was lost, or it stopped without handing
    // back), claims again after a pause. The wait is bounded by the lease and ends when the dispatch is cancelled.
    private async Task<ClaimResult> ClaimAsync(string key, string subscriberId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var claim = (await ledger.ClaimAsync(key, Channel.Email, [subscriberId], CancellationToken.None))[subscriberId];
            if (claim != ClaimResult.HeldElsewhere)
            {
                return claim;
            }

            await Task.Delay(StorageRetries.ClaimWait(attempt), clock, cancellationToken);
        }
    }

    // Reads, composes and sends the digest and says what to record. Cancellation ends it only before the send; a read
    // that fails (storage away) sends nothing and makes the digest go round again.
    private async Task<(RecipientDecision Decision, DigestEmail? Email)> DeliverAsync(DigestBatch batch, ClaimResult claim, CancellationToken cancellationToken)
    {
        var id = batch.SubscriberId;
        Subscribers.Subscriber? subscriber;
        DigestEmail email;
        try
        {
            subscriber = claim == ClaimResult.AlreadyDone ? null : await subscribers.FindAsync(id, cancellationToken);
            if (RecipientDecisions.BeforeSend(id, claim, subscriber, Channel.Email, DeliveryPolicy.Flash) is { } notSent)
            {
                return (notSent, null);
            }

            if (RecipientDecisions.IfPaused(subscriber!, clock.GetUtcNow()) is { } paused)
            {
                return (paused, null);
            }

            if (await suppressions.IsSuppressedAsync(Channel.Email, subscriber!.Email!, cancellationToken))
            {
                return (new RecipientDecision(RecipientResult.Skipped, null, new LedgerRecord(id, LedgerState.Skipped, null, "contact suppressed")), null);
            }

            email = await ComposeAsync(batch, subscriber, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (new RecipientDecision(
                RecipientResult.Retrying, BatchDispatcher.StorageUnavailableReason, new LedgerRecord(id, LedgerState.Retrying, null, BatchDispatcher.StorageUnavailableReason)), null);
        }

        if (email.IsEmpty)
        {
            return (new RecipientDecision(RecipientResult.Skipped, null, new LedgerRecord(id, LedgerState.Skipped, null, NothingLeftReason)), null);
        }

        SendOutcome outcome;
        try
        {
            outcome = await sender.SendAsync(
                new DigestEmailRequest(id, subscriber.Email!, email, links.Manage(id), links.Unsubscribe(id), $"{DigestMessage.LedgerKey(batch.DueAt)}|{id}", subscriber.Language),
                CancellationToken.None);
        }
        catch (Exception ex)
        {
            outcome = SendOutcome.Transient(RecipientDecisions.UnexpectedFailureReason(ex));
        }

        var decision = RecipientDecisions.AfterSend(subscriber, Channel.Email, claim, outcome);
        try
        {
            if (outcome.Status == SendStatus.PermanentFailure && outcome.ContactRefused)
            {
                await StorageRetries.RunAsync(() => suppressions.SuppressAsync(Channel.Email, subscriber.Email!, AlertChannel.Email.RefusalReason, CancellationToken.None), clock);
            }

            if (decision.SubscriberUpdate is { } changed)
            {
                await StorageRetries.RunAsync(() => subscribers.SaveAsync(subscriber, changed, CancellationToken.None), clock);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The send's record matters more than these updates: the next permanent failure makes them again.
            metrics.Dispatched(Channel.Email, "update_lost", 1);
        }

        return (decision, email);
    }

    private async Task CarryMissedAsync(DigestBatch batch, CancellationToken cancellationToken)
    {
        var (_, missed) = LateDigestEntries.Split(
            await digests.ListAsync(batch.DueAt, batch.SubscriberId, cancellationToken).ToListAsync(cancellationToken), new HashSet<string>(StringComparer.Ordinal) { batch.SubscriberId });
        if (missed.Count == 0)
        {
            return;
        }

        var subscriber = await subscribers.FindAsync(batch.SubscriberId, cancellationToken);
        var carried = missed.Select(e => LateDigestEntries.Carry(e, subscriber, clock.GetUtcNow())).OfType<DigestEntry>().ToList();
        if (carried.Count > 0)
        {
            await digests.RecordAsync(carried, cancellationToken);
        }

        await digests.RemoveAsync(missed, cancellationToken);
    }

    private async Task<DigestEmail> ComposeAsync(DigestBatch batch, Subscribers.Subscriber subscriber, CancellationToken cancellationToken)
    {
        var entries = new List<DigestEntry>();
        await foreach (var entry in digests.ListAsync(batch.DueAt, batch.SubscriberId, cancellationToken))
        {
            entries.Add(entry);
        }

        var found = new Dictionary<string, Articles.Article>(StringComparer.Ordinal);
        foreach (var articleId in batch.ArticleIds)
        {
            if (await articles.GetAsync(articleId, cancellationToken) is { } article)
            {
                found[articleId] = article;
            }
        }

        return DigestComposer.Compose(batch, entries, found, subscriber.Topics, Policy.LocalClock.Zone(subscriber.TimeZone), subscriber.Language, links.ShortLink);
    }
}
