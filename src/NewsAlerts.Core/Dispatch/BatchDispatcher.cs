namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// Delivers one batch: for each recipient, claim in the ledger, send through the channel, record the outcome.
/// What the ledger shows done is never sent again; a suppressed contact (asked of the store right before each send)
/// is skipped; a permanent failure disables the channel for the subscriber, and a refused contact (hard bounce,
/// carrier opt-out) is suppressed for every subscription.
/// </summary>
public sealed class BatchDispatcher(
    SubscriberDirectory subscribers, IDeliveryLedger ledger, IEmailSender email, ISmsSender sms, AlertLinks links, SuppressionList suppressions, AlertMetrics metrics)
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
        var decisions = new List<RecipientDecision>();

        // Recipients go in groups: one ledger call claims a group, its sends run in parallel. Stopping takes no new
        // group, but a claimed group is sent and recorded to the end: an abandoned send between provider and ledger
        // is the one way an alert could go twice.
        foreach (var group in batch.Recipients.Chunk(Parallelism))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claims = await ledger.ClaimAsync(batch.Content.ArticleId, batch.Channel, group.Select(r => r.SubscriberId).ToList(), CancellationToken.None);
            var delivered = await Task.WhenAll(group.Select(r => DeliverAsync(batch, r, claims[r.SubscriberId])));
            await ledger.RecordAsync(batch.Content.ArticleId, batch.Channel, delivered.Where(d => d.Record is not null).Select(d => d.Record!).ToList(), CancellationToken.None);
            decisions.AddRange(delivered);
        }

        foreach (var result in Enum.GetValues<RecipientResult>())
        {
            metrics.Dispatched(batch.Channel, OutcomeName(result), decisions.Count(d => d.Result == result));
        }

        return BatchOutcome.Of(decisions);
    }

    // Sends one recipient's alert and says what to record; the group's records are written together.
    private async Task<RecipientDecision> DeliverAsync(DeliveryBatch batch, BatchRecipient recipient, ClaimResult claim)
    {
        var cancellationToken = CancellationToken.None;
        var subscriber = claim == ClaimResult.AlreadyDone ? null : await subscribers.FindAsync(recipient.SubscriberId, cancellationToken);
        if (RecipientDecisions.BeforeSend(recipient.SubscriberId, claim, subscriber, batch.Channel, batch.Content.Urgency) is { } notSent)
        {
            return notSent;
        }

        // The plan may be older than a STOP or an unsubscribe: the store decides, right before the send.
        var contact = batch.Channel == Channel.Email ? subscriber!.Email! : subscriber!.Phone!;
        if (await suppressions.IsSuppressedAsync(batch.Channel, contact, cancellationToken))
        {
            return new RecipientDecision(RecipientResult.Skipped, null, new LedgerRecord(recipient.SubscriberId, LedgerState.Skipped, null, "contact suppressed"));
        }

        SendOutcome outcome;
        using (var send = AlertTracing.Source.StartActivity($"send {AlertTracing.ChannelName(batch.Channel)}", System.Diagnostics.ActivityKind.Client))
        {
            send?.SetTag(AlertTracing.Channel, AlertTracing.ChannelName(batch.Channel)).SetTag(AlertTracing.ArticleId, batch.Content.ArticleId)
                .SetTag("newsalerts.claimed_after_crash", claim == ClaimResult.ClaimedAfterCrash);
            outcome = await SendAsync(batch, recipient, subscriber!, cancellationToken);
            send?.SetTag(AlertTracing.Outcome, outcome.Status.ToString()).SetTag("newsalerts.provider.error_code", outcome.ProviderErrorCode);
            if (outcome.Status != SendStatus.Sent)
            {
                // The status only: a provider's reason can quote the address it refused.
                send?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, outcome.Status.ToString());
            }
        }

        if (outcome.Status == SendStatus.PermanentFailure && outcome.ContactRefused)
        {
            // A hard bounce or a carrier opt-out: no subscription may use this contact again until it is lifted.
            await suppressions.SuppressAsync(
                batch.Channel, contact, batch.Channel == Channel.Email ? SuppressionReason.HardBounce : SuppressionReason.ProviderOptOut, cancellationToken);
        }

        var decision = RecipientDecisions.AfterSend(subscriber!, batch.Channel, claim, outcome);
        if (decision.SubscriberUpdate is { } changed)
        {
            await subscribers.SaveAsync(changed, cancellationToken);
        }

        return decision;
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

    private static string OutcomeName(RecipientResult result) => result switch
    {
        RecipientResult.Sent => "sent",
        RecipientResult.SentAfterCrash => "possible_duplicate",
        RecipientResult.AlreadyDone => "already_done",
        RecipientResult.Skipped => "skipped",
        RecipientResult.Failed => "failed",
        _ => "retrying",
    };
}
