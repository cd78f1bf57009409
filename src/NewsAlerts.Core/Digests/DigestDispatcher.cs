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
/// (asked right before the send), and a hard bounce disables email and suppresses the address.
/// </summary>
public sealed class DigestDispatcher(
    SubscriberDirectory subscribers, IDeliveryLedger ledger, IDigestStore digests, IArticleStore articles, IDigestEmailSender sender, AlertLinks links,
    SuppressionList suppressions, AlertMetrics metrics)
{
    /// <summary>The ledger reason of a digest whose every story was withdrawn before it was due.</summary>
    public const string NothingLeftReason = "every story of the digest was withdrawn";

    /// <summary>Dispatches the digest; the outcome counts its one recipient.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    public async Task<BatchOutcome> DispatchAsync(DigestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var key = DigestMessage.LedgerKey(batch.DueAt);
        var claims = await ledger.ClaimAsync(key, Channel.Email, [batch.SubscriberId], cancellationToken);
        var claim = claims[batch.SubscriberId];
        RecipientDecision decision;
        if (claim == ClaimResult.HeldElsewhere)
        {
            // Another worker is sending it right now: leave it to them; the redelivery finds it done.
            decision = new RecipientDecision(RecipientResult.Retrying, "digest claimed by another worker", null);
        }
        else
        {
            decision = await DeliverAsync(batch, claim, cancellationToken);
            if (decision.Record is { } record)
            {
                await ledger.RecordAsync(key, Channel.Email, [record], CancellationToken.None);
            }

            if (decision.Result is RecipientResult.Sent or RecipientResult.SentAfterCrash or RecipientResult.AlreadyDone
                || decision.Record?.Reason == NothingLeftReason)
            {
                // Only the stories this digest carried: an entry written after the run read the due time is not in it.
                await digests.MarkSentAsync(batch.DueAt, batch.SubscriberId, batch.ArticleIds, CancellationToken.None);
            }
        }

        metrics.Dispatched(Channel.Email, decision.Result == RecipientResult.Sent ? "digest_sent" : "digest_" + decision.Result.ToString().ToLowerInvariant(), 1);
        return BatchOutcome.Of([decision]);
    }

    private async Task<RecipientDecision> DeliverAsync(DigestBatch batch, ClaimResult claim, CancellationToken cancellationToken)
    {
        var id = batch.SubscriberId;
        var subscriber = claim == ClaimResult.AlreadyDone ? null : await subscribers.FindAsync(id, cancellationToken);
        if (RecipientDecisions.BeforeSend(id, claim, subscriber, Channel.Email, DeliveryPolicy.Flash) is { } notSent)
        {
            return notSent;
        }

        if (await suppressions.IsSuppressedAsync(Channel.Email, subscriber!.Email!, cancellationToken))
        {
            return new RecipientDecision(RecipientResult.Skipped, null, new LedgerRecord(id, LedgerState.Skipped, null, "contact suppressed"));
        }

        var entries = new List<DigestEntry>();
        await foreach (var entry in digests.ListAsync(batch.DueAt, id, cancellationToken))
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

        var email = DigestComposer.Compose(batch, entries, found, subscriber.Topics, Policy.LocalClock.Zone(subscriber.TimeZone));
        if (email.IsEmpty)
        {
            return new RecipientDecision(RecipientResult.Skipped, null, new LedgerRecord(id, LedgerState.Skipped, null, NothingLeftReason));
        }

        var outcome = await sender.SendAsync(
            new DigestEmailRequest(id, subscriber.Email!, email, links.Manage(id), links.Unsubscribe(id), $"{DigestMessage.LedgerKey(batch.DueAt)}|{id}"),
            CancellationToken.None);
        var decision = RecipientDecisions.AfterSend(subscriber, Channel.Email, claim, outcome);
        if (outcome.Status == SendStatus.PermanentFailure && outcome.ContactRefused)
        {
            await suppressions.SuppressAsync(Channel.Email, subscriber.Email!, AlertChannel.Email.RefusalReason, CancellationToken.None);
        }

        if (decision.SubscriberUpdate is { } changed)
        {
            await subscribers.SaveAsync(subscriber, changed, CancellationToken.None);
        }

        return decision;
    }
}
