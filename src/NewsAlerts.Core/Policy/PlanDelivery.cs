namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;

/// <summary>
/// Carries out a <see cref="PolicyPlan"/>: immediate batches onto their queues, texts held by quiet hours as scheduled
/// messages, their recipients into the planned alerts (what a later version is judged against: <see cref="Planning.EarlierAlerts"/>),
/// digest entries into the digest store, and held alerts into the ledger (so nothing is dropped silently).
/// Every step is idempotent (message ids, upserted rows), so a retry after a crash part-way repeats none of its effects.
/// </summary>
public sealed class PlanDelivery(IAlertPublisher publisher, IDigestStore digests, IDeliveryLedger ledger, IPlannedAlerts planned)
{
    /// <summary>
    /// Carries out the plan of one article. For a story with a version stored (<paramref name="storyStored"/>) the planned
    /// alerts are recorded only after the queues took the batches (below). For a story with none stored yet, the queues
    /// and the record of planned alerts are written at once (<see cref="RunsAtOnce"/>): that record is read only when a
    /// later version meets a stored story (<see cref="Articles.ArticleIngestion"/> reads it only then), and a story is
    /// stored only after this returns, so a record made while its send failed is never read (the retry is a new story
    /// again and plans everyone afresh). That saves a new story one storage round trip of waiting. Digest entries and
    /// held alerts are written last in both cases.
    /// </summary>
    /// <param name="articleId">The story's id.</param>
    /// <param name="plan">What to queue, schedule, digest and hold.</param>
    /// <param name="storyStored">Whether any version of the story was stored when the plan was made.</param>
    /// <param name="cancellationToken">Cancels the sends and writes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articleId"/> or <paramref name="plan"/> is null.</exception>
    public async Task CarryOutAsync(string articleId, PolicyPlan plan, bool storyStored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(plan);
        if (RunsAtOnce(storyStored))
        {
            // Both idempotent: when one fails, the other still finishes, the failure is thrown, and the retry repeats both.
            await Task.WhenAll(QueueAsync(plan, cancellationToken), RecordPlannedAsync(articleId, plan, cancellationToken));
        }
        else
        {
            await QueueAsync(plan, cancellationToken);

            // After the queues: a batch recorded but never queued would make a later version leave its people out; one
            // queued but not recorded (this write failed) is planned again by the retry, and sent once by its ledger key.
            await RecordPlannedAsync(articleId, plan, cancellationToken);
        }

        if (plan.DigestEntries.Count > 0)
        {
            await digests.RecordAsync([.. plan.DigestEntries], cancellationToken);
        }

        foreach (var channel in plan.Held.GroupBy(h => h.Channel))
        {
            var records = channel.Select(h => new LedgerRecord(h.SubscriberId, h.Kind == PolicyDecisionKind.HeldStale ? LedgerState.HeldStale : LedgerState.HeldByCap, null, h.Reason)).ToList();
            await ledger.RecordAsync(articleId, channel.Key, records, cancellationToken);
        }
    }

    /// <summary>
    /// Whether a plan's sends and writes run at once rather than the queues first: only for a story with no version stored,
    /// whose record of planned alerts nobody reads before the story is stored (see <see cref="CarryOutAsync"/>).
    /// </summary>
    public static bool RunsAtOnce(bool storyStored) => !storyStored;

    private async Task QueueAsync(PolicyPlan plan, CancellationToken cancellationToken)
    {
        if (plan.Immediate.Count > 0)
        {
            await publisher.PublishAsync(plan.Immediate, cancellationToken);
        }

        if (plan.Scheduled.Count > 0)
        {
            await publisher.ScheduleAsync(plan.Scheduled, cancellationToken);
        }
    }

    private async Task RecordPlannedAsync(string articleId, PolicyPlan plan, CancellationToken cancellationToken)
    {
        if (plan.Immediate.Count + plan.Scheduled.Count > 0)
        {
            await planned.RecordAsync(articleId, [.. plan.Immediate, .. plan.Scheduled.Select(s => s.Batch)], cancellationToken);
        }
    }
}
