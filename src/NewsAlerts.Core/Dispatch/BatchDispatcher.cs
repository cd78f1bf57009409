namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Delivers one batch: for each recipient, claim in the ledger, send through the channel, record the outcome.
/// What the ledger shows done is never sent again; a suppressed contact (asked of the store right before each send)
/// is skipped; a permanent failure disables the channel for the subscriber, and a refused contact (hard bounce,
/// carrier opt-out) is suppressed for every subscription.
/// </summary>
public sealed class BatchDispatcher(
    SubscriberDirectory subscribers, IDeliveryLedger ledger, IEmailSender email, ISmsSender sms, AlertLinks links, SuppressionList suppressions)
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
        var results = new List<(RecipientResult Result, string? Reason)>();

        // Recipients go in groups: one ledger call claims a group, its sends run in parallel. Stopping takes no new
        // group, but a claimed group is sent and recorded to the end: an abandoned send between provider and ledger
        // is the one way an alert could go twice.
        foreach (var group in batch.Recipients.Chunk(Parallelism))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claims = await ledger.ClaimAsync(batch.Content.ArticleId, batch.Channel, group.Select(r => r.SubscriberId).ToList(), CancellationToken.None);
            var delivered = await Task.WhenAll(group.Select(r => DeliverAsync(batch, r, claims[r.SubscriberId])));
            await ledger.RecordAsync(batch.Content.ArticleId, batch.Channel, delivered.Where(d => d.Record is not null).Select(d => d.Record!).ToList(), CancellationToken.None);
            results.AddRange(delivered.Select(d => (d.Result, d.Reason)));
        }

        int Count(RecipientResult r) => results.Count(x => x.Result == r);
        return new BatchOutcome(
            Count(RecipientResult.Sent) + Count(RecipientResult.SentAfterCrash), Count(RecipientResult.AlreadyDone), Count(RecipientResult.Skipped),
            Count(RecipientResult.Failed), Count(RecipientResult.Retrying), Count(RecipientResult.SentAfterCrash),
            results.Where(r => r.Result == RecipientResult.Retrying).Select(r => r.Reason ?? "unknown").Distinct().ToList());
    }

    // Sends one recipient's alert and says what to record; the group's records are written together.
    private async Task<(RecipientResult Result, string? Reason, LedgerRecord? Record)> DeliverAsync(DeliveryBatch batch, BatchRecipient recipient, ClaimResult claim)
    {
        var cancellationToken = CancellationToken.None;
        var id = recipient.SubscriberId;
        if (claim == ClaimResult.AlreadyDone)
        {
            return (RecipientResult.AlreadyDone, null, null);
        }

        var subscriber = await subscribers.FindAsync(id, cancellationToken);
        var wanted = batch.Channel == Channel.Email ? subscriber?.WantsEmail == true : subscriber?.WantsSms(batch.Content.Urgency) == true;
        if (!wanted)
        {
            return (RecipientResult.Skipped, null, new LedgerRecord(id, LedgerState.Skipped, null, "subscriber gone or channel not wanted"));
        }

        // The plan may be older than a STOP or an unsubscribe: the store decides, right before the send.
        var contact = batch.Channel == Channel.Email ? subscriber!.Email! : subscriber!.Phone!;
        if (await suppressions.IsSuppressedAsync(batch.Channel, contact, cancellationToken))
        {
            return (RecipientResult.Skipped, null, new LedgerRecord(id, LedgerState.Skipped, null, "contact suppressed"));
        }

        var outcome = await SendAsync(batch, recipient, subscriber!, cancellationToken);
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                if (batch.Channel == Channel.Sms && !subscriber!.SmsWelcomed)
                {
                    await subscribers.SaveAsync(subscriber with { SmsWelcomed = true }, cancellationToken);
                }

                return (claim == ClaimResult.ClaimedAfterCrash ? RecipientResult.SentAfterCrash : RecipientResult.Sent, null,
                    new LedgerRecord(id, LedgerState.Sent, outcome.ProviderMessageId, null));
            case SendStatus.PermanentFailure:
                var reason = $"{outcome.ProviderErrorCode} {outcome.Reason}".Trim();
                if (outcome.ContactRefused)
                {
                    await suppressions.SuppressAsync(
                        batch.Channel, contact, batch.Channel == Channel.Email ? SuppressionReason.HardBounce : SuppressionReason.ProviderOptOut, cancellationToken);
                }

                await subscribers.SaveAsync(
                    batch.Channel == Channel.Email ? subscriber! with { EmailStatus = ContactStatus.Disabled } : subscriber! with { SmsStatus = ContactStatus.Disabled },
                    cancellationToken);
                return (RecipientResult.Failed, reason, new LedgerRecord(id, LedgerState.Failed, null, reason));
            default:
                return (RecipientResult.Retrying, outcome.Reason, new LedgerRecord(id, LedgerState.Retrying, null, outcome.Reason));
        }
    }

    private Task<SendOutcome> SendAsync(DeliveryBatch batch, BatchRecipient recipient, Subscriber subscriber, CancellationToken cancellationToken) =>
        batch.Channel == Channel.Email
            ? email.SendAsync(
                new EmailAlertRequest(subscriber.Id, subscriber.Email!, batch.Content, recipient.Reason, links.Manage(subscriber.Id), links.Unsubscribe(subscriber.Id),
                    $"{batch.Content.ArticleId}|{subscriber.Id}|email", subscriber.TimeZone),
                cancellationToken)
            : sms.SendAsync(
                new SmsAlertRequest(
                    subscriber.Id, subscriber.Phone!, batch.Content, recipient.Reason,
                    batch.Content.Url is null ? null : links.ShortLink(batch.Content.ArticleId), links.SmsStatusCallback(), !subscriber.SmsWelcomed),
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
