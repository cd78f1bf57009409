namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Pausing;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// Delivers one batch: for each recipient, claim in the ledger, send through the channel, record the outcome.
/// What the ledger shows done is never sent again; a suppressed contact (asked of the store right before each send)
/// is skipped; an alert of a story withdrawn since it was planned (read after each group's claims) is skipped, and one of a story corrected since goes out as the current version, recorded in the ledger (<see cref="QueuedAlertContent"/>); a permanent failure disables the channel for the subscriber, and a refused contact (hard bounce,
/// carrier opt-out) is suppressed for every subscription. A follow-up goes only to someone the ledger (or a sent digest) shows received the story, as read right before its send (<see cref="FollowUpDecisions"/>). A paused subscriber is skipped (<see cref="Pauses"/>), except for a follow-up; what was
/// sent goes into the subscribers' histories once the group's records are written (<see cref="AlertHistory"/>, one attempt: <see cref="HistoryWrites"/>). With a cap
/// store, an alert to a subscriber with a daily cap on the channel is counted right before its send
/// (<see cref="DailyCapCounting"/>, once per ledger key); one over the cap is not sent, and what becomes of it is the
/// planner's rule (<see cref="DailyCapCounting.OverCap"/>): an email goes to their next digest (the same one if its
/// batch comes round again), a text (or an email with no digest store) is recorded HeldByCap. Follow-ups are never capped.
/// </summary>
public sealed class BatchDispatcher(
    SubscriberDirectory subscribers, IDeliveryLedger ledger, IArticleStore articles, IEmailSender email, ISmsSender sms, AlertLinks links, SuppressionList suppressions, AlertMetrics metrics,
    TimeProvider? time = null, ClaimLease? claimLease = null, IDailyCapStore? caps = null, IDigestStore? digests = null, IAlertHistory? history = null)
{
    /// <summary>The ledger reason of claimed alerts handed back unsent because the dispatch was cancelled while it waited on another worker's claims.</summary>
    public const string HandedBackReason = "handed back before the send";

    /// <summary>The ledger reason of a recipient not sent because storage could not be read right before the send.</summary>
    public const string StorageUnavailableReason = "storage unavailable before the send";


    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly ClaimLease lease = claimLease ?? ClaimLease.Default;

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
        IReadOnlySet<string>? digested = null;

        // Recipients go in groups: one ledger call claims a group, its sends run in parallel. Stopping takes no new
        // group, but a claimed group is sent and recorded to the end: an abandoned send between provider and ledger
        // is the one way an alert could go twice. So the record is retried while storage is away (a worker that is
        // alive knows what it sent), and one recipient's failure never drops the others' records.
        foreach (var group in batch.Recipients.Chunk(Parallelism))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claims = await ClaimAsync(batch, group.Select(r => r.SubscriberId).ToList(), cancellationToken);
            // An alert can wait long after it was planned (an SMS held for quiet hours, a batch in the queue or going
            // round again). If the story was withdrawn meanwhile it must not go: this recipient would get the story and
            // never the withdrawal. The story is read after the group's claims, never before: a withdrawal is stored
            // before its last look at the ledger (ArticleIngestion), so a claim this read may miss it by is one that
            // look sees, and the withdrawal follows it up.
            // The same read gives the version a queued alert goes out as (QueuedAlertContent): a correction stored
            // before it is read is sent as the corrected text and recorded as that version, so the correction does not
            // follow it up; one stored after it is read sees this claim in its last look and follows it up.
            // A follow-up reads the story too, each recipient's alert row and (email) who had the story in a sent digest:
            // it goes only to someone who received the story, and tells every correction since the version they got, by
            // the alert or an earlier correction's follow-up (FollowUpDecisions).
            var story = await ReadOrHandBackAsync(batch, claims, () => articles.GetAsync(batch.Content.ArticleId, CancellationToken.None));
            var withdrawn = batch.Content.Notice is null && story?.IsWithdrawn == true;
            var sending = batch with { Content = QueuedAlertContent.Of(batch.Content, story) };
            var followUp = batch.Content.Notice is not null;
            var alerts = followUp ? await ReadOrHandBackAsync(batch, claims, () => AlertRowsAsync(batch, group)) : null;
            var corrected = followUp && batch.Content.Notice!.Kind == NoticeKind.Corrected && story is not null
                ? await ReadOrHandBackAsync(batch, claims, () => EarlierCorrectionRowsAsync(batch, group, story))
                : null;
            digested ??= followUp && batch.Channel == Channel.Email && digests is not null
                ? await ReadOrHandBackAsync(batch, claims, () => SentDigestReadersAsync(batch.Content.ArticleId))
                : new HashSet<string>();
            RecipientDecision[] delivered;
            // Until the group's records are written, its claims are refreshed: however long the sends and the record's
            // retries take, a second worker given this batch waits instead of sending alongside.
            var ours = claims.Where(c => c.Value is ClaimResult.Claimed or ClaimResult.ClaimedAfterCrash).Select(c => c.Key).ToList();
            await using (ClaimKeeper.Start(ledger, lease, clock, batch.LedgerKey, batch.Channel, ours))
            {
                delivered = await Task.WhenAll(group.Select(r => DeliverAsync(sending, r, claims[r.SubscriberId], withdrawn, alerts is null ? null : new(story, alerts.GetValueOrDefault(r.SubscriberId), digested.Contains(r.SubscriberId), corrected?.GetValueOrDefault(r.SubscriberId) ?? []))));
                // Every record names the version it concerns (the one sent or that would have been; a follow-up's own).
                var version = QueuedAlertContent.VersionOf(sending.Content);
                delivered = [.. delivered.Select(d => RecipientDecisions.WithVersion(d, version))];
                var records = delivered.Where(d => d.Record is not null).Select(d => d.Record!).ToList();
                await StorageRetries.RunAsync(() => ledger.RecordAsync(batch.LedgerKey, batch.Channel, records, CancellationToken.None), clock);
            }

            decisions.AddRange(delivered);
            // After the ledger, one attempt, never in its way (HistoryWrites): the next group is not held by a slow history table.
            await HistoryWrites.AddOnceAsync(history, AlertHistory.Of(sending, group, delivered, clock.GetUtcNow()), metrics, batch.Channel);
        }

        foreach (var result in Enum.GetValues<RecipientResult>())
        {
            metrics.Dispatched(batch.Channel, OutcomeName(result), decisions.Count(d => d.Result == result));
        }

        return BatchOutcome.Of(decisions);
    }

    /// <summary>
    /// Marks the batch's alerts still retrying as dead-lettered in the ledger, right before the batch is dead-lettered
    /// after its last attempt (<see cref="DeadLettering"/>). Returns how many were marked.
    /// </summary>
    /// <param name="batch">The batch being dead-lettered.</param>
    /// <param name="attempts">Its deliveries, from 1.</param>
    /// <param name="cancellationToken">Cancels the ledger write.</param>
    public Task<int> MarkDeadLetteredAsync(DeliveryBatch batch, int attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return ledger.MarkDeadLetteredAsync(batch.LedgerKey, batch.Channel, batch.Recipients.Select(r => r.SubscriberId).ToList(), attempts, cancellationToken);
    }

    // A read after a group's claims (the story, a follow-up's alert rows and digest readers), retried while storage is
    // away. Storage away for good: nothing of the group was sent, so its claims are handed back as in ClaimAsync and the
    // batch goes round again.
    private async Task<T> ReadOrHandBackAsync<T>(DeliveryBatch batch, Dictionary<string, ClaimResult> claims, Func<Task<T>> read)
    {
        var value = default(T)!;
        try
        {
            await StorageRetries.RunAsync(async () => value = await read(), clock);
        }
        catch (Exception)
        {
            var version = QueuedAlertContent.VersionOf(batch.Content);
            var handedBack = RecipientDecisions.HandBack(claims).Select(r => r with { Version = version }).ToList();
            await StorageRetries.RunAsync(() => ledger.RecordAsync(batch.LedgerKey, batch.Channel, handedBack, CancellationToken.None), clock);
            throw;
        }

        return value;
    }

    // The alert rows (ledger key: the article id) of a follow-up's recipients on its channel, one point read each.
    private async Task<IReadOnlyDictionary<string, LedgerEntry>> AlertRowsAsync(DeliveryBatch batch, IReadOnlyList<BatchRecipient> group)
    {
        var rows = await Task.WhenAll(group.Select(r => ledger.GetAsync(batch.Content.ArticleId, r.SubscriberId, batch.Channel, CancellationToken.None)));
        return rows.OfType<LedgerEntry>().ToDictionary(r => r.SubscriberId, StringComparer.Ordinal);
    }

    // A correction's recipients' rows of the story's earlier correction follow-ups on its channel (one point read per
    // recipient and earlier correction), each carrying its correction's version: what they were already told.
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<LedgerEntry>>> EarlierCorrectionRowsAsync(DeliveryBatch batch, IReadOnlyList<BatchRecipient> group, Articles.Article story)
    {
        var versions = StoryCorrections.VersionsBefore(story, QueuedAlertContent.VersionOf(batch.Content));
        var rows = await Task.WhenAll(group.SelectMany(r => versions.Select(async v =>
        {
            var key = DeliveryBatch.LedgerKeyOf(batch.Content.ArticleId, v.ToString(System.Globalization.CultureInfo.InvariantCulture), NoticeKind.Corrected);
            return await ledger.GetAsync(key, r.SubscriberId, batch.Channel, CancellationToken.None) is { } row ? row with { Version = v } : null;
        })));
        return rows.OfType<LedgerEntry>().GroupBy(r => r.SubscriberId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LedgerEntry>)g.ToList(), StringComparer.Ordinal);
    }

    // Who had the story in a digest that was sent (one query of the story's entries, once per follow-up batch).
    private async Task<IReadOnlySet<string>> SentDigestReadersAsync(string articleId)
    {
        var readers = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entry in digests!.ForArticleAsync(articleId, CancellationToken.None))
        {
            if (entry.State == DigestEntryState.Sent)
            {
                readers.Add(entry.SubscriberId);
            }
        }

        return readers;
    }

    // Claims a group. Alerts another worker claimed within the lease (its lock on this batch was lost while it was
    // still sending) are claimed again after a wait, until that worker has recorded them (done) or its lease ran out
    // (it died: taken over). The wait is bounded by the lease and ends when the dispatch is cancelled (stopping, or
    // this message's lock lost): then what this group claimed is handed back unsent and the cancellation thrown.
    private async Task<Dictionary<string, ClaimResult>> ClaimAsync(DeliveryBatch batch, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var claims = new Dictionary<string, ClaimResult>(
            await ledger.ClaimAsync(batch.LedgerKey, batch.Channel, ids, CancellationToken.None), StringComparer.Ordinal);
        try
        {
            for (var attempt = 0; claims.Values.Any(c => c == ClaimResult.HeldElsewhere); attempt++)
            {
                await Task.Delay(StorageRetries.ClaimWait(attempt), clock, cancellationToken);
                var held = claims.Where(c => c.Value == ClaimResult.HeldElsewhere).Select(c => c.Key).ToList();
                foreach (var (id, claim) in await ledger.ClaimAsync(batch.LedgerKey, batch.Channel, held, CancellationToken.None))
                {
                    claims[id] = claim;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Nothing of this group was sent. Fresh claims go back as retries, so the next worker sends them at once;
            // claims taken over from a crash stay Claimed, so the next taker still counts them as possible duplicates.
            var handedBack = RecipientDecisions.HandBack(claims).Select(r => r with { Version = QueuedAlertContent.VersionOf(batch.Content) }).ToList();
            await StorageRetries.RunAsync(() => ledger.RecordAsync(batch.LedgerKey, batch.Channel, handedBack, CancellationToken.None), clock);
            throw;
        }

        return claims;
    }

    // Sends one recipient's alert and says what to record; the group's records are written together.
    private async Task<RecipientDecision> DeliverAsync(DeliveryBatch batch, BatchRecipient recipient, ClaimResult claim, bool storyWithdrawn, FollowUpFacts? followUp)
    {
        var cancellationToken = CancellationToken.None;
        if (RecipientDecisions.IfWithdrawn(recipient.SubscriberId, claim, storyWithdrawn) is { } withdrawn)
        {
            return withdrawn;
        }

        if (followUp is { } facts && claim != ClaimResult.AlreadyDone)
        {
            if (FollowUpDecisions.BeforeSend(recipient.SubscriberId, batch.Content, facts.Story, facts.Alert, facts.InSentDigest) is { } notReceived)
            {
                return notReceived;
            }

            batch = batch with { Content = FollowUpDecisions.ContentFor(batch.Content, facts.Story!, facts.Alert, facts.EarlierCorrections) };
        }

        Subscriber? subscriber;
        string? contact = null;
        (DateOnly Day, string Key)? counted = null;
        try
        {
            subscriber = claim == ClaimResult.AlreadyDone ? null : await subscribers.FindAsync(recipient.SubscriberId, cancellationToken);
            if (RecipientDecisions.BeforeSend(recipient.SubscriberId, claim, subscriber, batch.Channel, batch.Content.Urgency) is { } notSent)
            {
                return notSent;
            }

            // A follow-up (withdrawal, correction) is exempt from the pause, as from caps: the story it corrects was received.
            if (batch.Content.Notice is null && RecipientDecisions.IfPaused(subscriber!, clock.GetUtcNow()) is { } paused)
            {
                return paused;
            }

            // The rows of old duplicates folded into this subscriber count as its own (MergedIdClaims).
            if (subscriber!.MergedIds is { Count: > 0 } mergedIds && MergedIdClaims.Decide(
                recipient.SubscriberId, await Task.WhenAll(mergedIds.Select(id => ledger.GetStateAsync(batch.LedgerKey, id, batch.Channel, cancellationToken)))) is { } settledElsewhere)
            {
                return settledElsewhere;
            }

            // The plan may be older than a STOP or an unsubscribe: the store decides, right before the send.
            contact = AlertChannel.For(batch.Channel).ContactOf(subscriber!)!;
            if (await suppressions.IsSuppressedAsync(batch.Channel, contact, cancellationToken))
            {
                return new RecipientDecision(RecipientResult.Skipped, null, new LedgerRecord(recipient.SubscriberId, LedgerState.Skipped, null, "contact suppressed"));
            }

            if (caps is not null && batch.Content.Notice is null && subscriber.EffectivePreferences.Caps.For(batch.Channel) is { } cap)
            {
                var zone = LocalClock.Zone(subscriber.TimeZone);
                var now = clock.GetUtcNow();
                // The day and the overflow digest are the alert's own (when it was meant to go), not the clock's at this
                // delivery: a batch redelivered after the subscriber's midnight still counts on the day it was planned for.
                var countedAt = DailyCapCounting.CountedAt(batch.PlannedFor, now);
                var day = DailyCapCounting.LocalDay(countedAt, zone);
                var key = DailyCapCounting.CountKey(batch.LedgerKey);

                // Decided before the count, so that a refusal is stored with the digest it goes to: refused again (the
                // batch redelivered after a crash or a storage failure), the alert finds that digest's entry instead of
                // writing a second one for a later digest.
                var overCap = await OverCapAsync(batch.Channel, subscriber, zone, countedAt, now, cancellationToken);
                var overflowDue = overCap.Kind == PolicyDecisionKind.Digest ? overCap.At : null;
                var take = await caps.UpdateAsync(subscriber.Id, batch.Channel, day, c => DailyCapCounting.Take(c, key, cap, overflowDue), cancellationToken);
                if (!take.Allowed)
                {
                    return await RefuseAsync(batch, recipient, subscriber, overCap, take);
                }

                counted = (day, key);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nothing was sent: this one goes round again, and the group's other records are still written.
            return new RecipientDecision(RecipientResult.Retrying, StorageUnavailableReason, new LedgerRecord(recipient.SubscriberId, LedgerState.Retrying, null, StorageUnavailableReason));
        }

        SendOutcome outcome;
        using (var send = AlertTracing.Source.StartActivity($"send {AlertTracing.ChannelName(batch.Channel)}", System.Diagnostics.ActivityKind.Client))
        {
            send?.SetTag(AlertTracing.Channel, AlertTracing.ChannelName(batch.Channel)).SetTag(AlertTracing.ArticleId, batch.Content.ArticleId)
                .SetTag("newsalerts.claimed_after_crash", claim == ClaimResult.ClaimedAfterCrash);
            try
            {
                outcome = await SendAsync(batch, recipient, subscriber!, cancellationToken);
            }
            catch (Exception ex)
            {
                // Senders turn the failures they know into outcomes; anything else (a bug, an unexpected client error,
                // a timeout's cancellation) is this recipient's alone: retried, and the group's other records still written.
                outcome = SendOutcome.Transient(RecipientDecisions.UnexpectedFailureReason(ex));
            }

            send?.SetTag(AlertTracing.Outcome, outcome.Status.ToString()).SetTag("newsalerts.provider.error_code", outcome.ProviderErrorCode);
            if (outcome.Status != SendStatus.Sent)
            {
                // The status only: a provider's reason can quote the address it refused.
                send?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, outcome.Status.ToString());
            }
        }

        // After the send the alert's outcome must reach the ledger whatever happens to these writes: they are retried
        // while storage is away; if it stays away they are given up (the welcome goes with the next SMS again, the
        // next permanent failure disables the channel again) rather than the record.
        var decision = RecipientDecisions.AfterSend(subscriber!, batch.Channel, claim, outcome);

        try
        {
            if (outcome.Status == SendStatus.PermanentFailure && outcome.ContactRefused)
            {
                // A hard bounce or a carrier opt-out: no subscription may use this contact again until it is lifted.
                await StorageRetries.RunAsync(() => suppressions.SuppressAsync(
                    batch.Channel, contact!, AlertChannel.For(batch.Channel).RefusalReason, cancellationToken), clock);
            }

            if (outcome.Status == SendStatus.PermanentFailure && counted is { } place)
            {
                // Not sent after all: the place goes back (a transient failure keeps it, the retry counts under the same key).
                await StorageRetries.RunAsync(() => caps!.UpdateAsync(subscriber!.Id, batch.Channel, place.Day, c => DailyCapCounting.Release(c, place.Key), cancellationToken), clock);
            }

            if (decision.SubscriberUpdate is { } changed)
            {
                await StorageRetries.RunAsync(() => subscribers.SaveAsync(subscriber!, changed, cancellationToken), clock);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.Dispatched(batch.Channel, "update_lost", 1);
        }

        return decision;
    }

    // What becomes of this alert if it is over the cap, by the planner's rule and inputs (DailyCapCounting.OverCap,
    // PolicyPlanner): a digest reaches them when their email is confirmed and not suppressed (and a digest store is
    // configured), and then every story reaches them by email, so a text over the cap is held.
    private async Task<PolicyDecision> OverCapAsync(
        Channel channel, Subscriber subscriber, TimeZoneInfo zone, DateTimeOffset countedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // An email's address was checked for suppression right before; a text's subscriber's email is checked here.
        var emailable = channel == Channel.Email
            || (subscriber.WantsEmail && !await suppressions.IsSuppressedAsync(Channel.Email, subscriber.Email!, cancellationToken));
        return DailyCapCounting.OverCapAtDispatch(
            channel, subscriber.EffectivePreferences, zone, countedAt, now, digestReachesThem: emailable && digests is not null, emailCarriesStory: emailable);
    }

    // An alert over the cap: one going to a digest becomes an entry of that digest (recorded before the ledger row, so a
    // crash in between sends the batch round again, not the alert into nowhere), the other is held. Not sent either way.
    // Refused before, the alert goes to the digest remembered then, written again only if that attempt died before
    // writing it: rewriting an entry whose digest went would make it pending, and the story would come twice.
    private async Task<RecipientDecision> RefuseAsync(DeliveryBatch batch, BatchRecipient recipient, Subscriber subscriber, PolicyDecision decision, CapTake take)
    {
        var reason = decision.Reason;
        if (decision.Kind == PolicyDecisionKind.Digest)
        {
            var due = take.DigestDue ?? decision.At!.Value;
            var articleId = batch.Content.ArticleId;
            var written = take.RefusedBefore && await digests!.ListAsync(due, subscriber.Id, CancellationToken.None)
                .AnyAsync(e => string.Equals(e.ArticleId, articleId, StringComparison.Ordinal), CancellationToken.None);
            if (!written)
            {
                await digests!.RecordAsync([new DigestEntry(subscriber.Id, due, articleId, null, recipient.Reason, batch.Content.PublishedAt)], CancellationToken.None);
            }

            reason = $"{reason}; in the digest due {due.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture)}";
        }

        return new RecipientDecision(RecipientResult.Skipped, reason, new LedgerRecord(recipient.SubscriberId, LedgerState.HeldByCap, null, reason));
    }

    private Task<SendOutcome> SendAsync(DeliveryBatch batch, BatchRecipient recipient, Subscriber subscriber, CancellationToken cancellationToken) =>
        AlertChannel.For(batch.Channel).SendAsync(email, sms, links, batch, recipient, subscriber, cancellationToken);

    // What a follow-up's decision reads for one recipient (FollowUpDecisions.BeforeSend).
    private sealed record FollowUpFacts(Articles.Article? Story, LedgerEntry? Alert, bool InSentDigest, IReadOnlyList<LedgerEntry> EarlierCorrections);

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
