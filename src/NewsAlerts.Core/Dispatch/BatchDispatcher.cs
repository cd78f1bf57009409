namespace NewsAlerts.Core.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Delivers one batch: for each recipient, claim in the ledger, send through the channel, record the outcome.
/// What the ledger shows done is never sent again; a permanent failure disables the channel for the subscriber.
/// </summary>
public sealed class BatchDispatcher(SubscriberDirectory subscribers, IDeliveryLedger ledger, IEmailSender email, ISmsSender sms, AlertLinks links)
{
    /// <summary>
    /// How many recipients of one batch are handled at once. Most of a recipient's time is storage round trips
    /// (claim, read, record), so this is well above the provider connections; senders shape the rate themselves.
    /// </summary>
    public int Parallelism { get; init; } = 32;

    /// <summary>Dispatches the batch.</summary>
    public async Task<BatchOutcome> DispatchAsync(DeliveryBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new ConcurrentBag<(RecipientResult Result, string? Reason)>();
        await Parallel.ForEachAsync(batch.Recipients, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (recipient, ct) => results.Add(await DeliverAsync(batch, recipient, ct)));
        int Count(RecipientResult r) => results.Count(x => x.Result == r);
        return new BatchOutcome(
            Count(RecipientResult.Sent) + Count(RecipientResult.SentAfterCrash), Count(RecipientResult.AlreadyDone), Count(RecipientResult.Skipped),
            Count(RecipientResult.Failed), Count(RecipientResult.Retrying), Count(RecipientResult.SentAfterCrash),
            results.Where(r => r.Result == RecipientResult.Retrying).Select(r => r.Reason ?? "unknown").Distinct().ToList());
    }

    private async Task<(RecipientResult, string?)> DeliverAsync(DeliveryBatch batch, BatchRecipient recipient, CancellationToken stopping)
    {
        // Stopping takes no new recipient, but one already claimed is sent and recorded to the end: an abandoned send
        // between provider and ledger is the one way an alert could go twice.
        stopping.ThrowIfCancellationRequested();
        var cancellationToken = CancellationToken.None;
        var articleId = batch.Content.ArticleId;
        var claim = await ledger.ClaimAsync(articleId, recipient.SubscriberId, batch.Channel, cancellationToken);
        if (claim == ClaimResult.AlreadyDone)
        {
            return (RecipientResult.AlreadyDone, null);
        }

        var subscriber = await subscribers.FindAsync(recipient.SubscriberId, cancellationToken);
        var wanted = batch.Channel == Channel.Email ? subscriber?.WantsEmail == true : subscriber?.WantsSms(batch.Content.Urgency) == true;
        if (!wanted)
        {
            await ledger.RecordAsync(articleId, recipient.SubscriberId, batch.Channel, LedgerState.Skipped, null, "subscriber gone or channel not wanted", cancellationToken);
            return (RecipientResult.Skipped, null);
        }

        var outcome = await SendAsync(batch, recipient, subscriber!, cancellationToken);
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                await ledger.RecordAsync(articleId, recipient.SubscriberId, batch.Channel, LedgerState.Sent, outcome.ProviderMessageId, null, cancellationToken);
                if (batch.Channel == Channel.Sms && !subscriber!.SmsWelcomed)
                {
                    await subscribers.SaveAsync(subscriber with { SmsWelcomed = true }, cancellationToken);
                }

                return (claim == ClaimResult.ClaimedAfterCrash ? RecipientResult.SentAfterCrash : RecipientResult.Sent, null);
            case SendStatus.PermanentFailure:
                var reason = $"{outcome.ProviderErrorCode} {outcome.Reason}".Trim();
                await ledger.RecordAsync(articleId, recipient.SubscriberId, batch.Channel, LedgerState.Failed, null, reason, cancellationToken);
                await subscribers.SaveAsync(
                    batch.Channel == Channel.Email ? subscriber! with { EmailStatus = ContactStatus.Disabled } : subscriber! with { SmsStatus = ContactStatus.Disabled },
                    cancellationToken);
                return (RecipientResult.Failed, reason);
            default:
                await ledger.RecordAsync(articleId, recipient.SubscriberId, batch.Channel, LedgerState.Retrying, null, outcome.Reason, cancellationToken);
                return (RecipientResult.Retrying, outcome.Reason);
        }
    }

    private Task<SendOutcome> SendAsync(DeliveryBatch batch, BatchRecipient recipient, Subscriber subscriber, CancellationToken cancellationToken) =>
        batch.Channel == Channel.Email
            ? email.SendAsync(
                new EmailAlertRequest(subscriber.Id, subscriber.Email!, batch.Content, recipient.Reason, links.Manage(subscriber.Id), links.Unsubscribe(subscriber.Id),
                    $"{batch.Content.ArticleId}|{subscriber.Id}|email"),
                cancellationToken)
            : sms.SendAsync(
                new SmsAlertRequest(subscriber.Id, subscriber.Phone!, batch.Content, recipient.Reason, batch.Content.Url, links.SmsStatusCallback(), !subscriber.SmsWelcomed),
                cancellationToken);

    private enum RecipientResult
    {
        Sent,
        SentAfterCrash,
        AlreadyDone,
        Skipped,
        Failed,
        Retrying,
    }
}
