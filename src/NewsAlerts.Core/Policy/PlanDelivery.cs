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
    public Task CarryOutAsync(string articleId, PolicyPlan plan, bool storyStored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(plan);
        return CarryOutAsync([new PlannedArticle(articleId, plan, storyStored)], cancellationToken);
    }

    /// <summary>
    /// Carries out the plans of several articles (a feed's new items, or one article from the API) as
    /// <see cref="CarryOutAsync(string, PolicyPlan, bool, CancellationToken)"/> does one: every immediate batch of all of
    /// them in one <see cref="IAlertPublisher.PublishAsync"/> (packed into as few Service Bus sends per queue as their
    /// size allows), every scheduled one in one <see cref="IAlertPublisher.ScheduleAsync"/>, all digest entries in one
    /// write. The order per article is kept: the planned alerts of a stored story are recorded only after the queues
    /// took every batch; a failure throws after the writes under way end, and the caller's retry repeats all of it
    /// (every step idempotent).
    /// </summary>
    /// <param name="plans">The articles' plans; an empty list does nothing.</param>
    /// <param name="cancellationToken">Cancels the sends and writes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is null.</exception>
    public async Task CarryOutAsync(IReadOnlyList<PlannedArticle> plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        if (plans.Count == 0)
        {
            return;
        }

        // New stories' records of planned alerts go along with the queues (nobody reads them before the story is
        // stored); stored stories' records only after the queues took their batches.
        var atOnce = plans.Where(p => RunsAtOnce(p.StoryStored)).Select(p => RecordPlannedAsync(p.ArticleId, p.Plan, cancellationToken));
        await Task.WhenAll([QueueAsync(plans, cancellationToken), .. atOnce]);
        await Task.WhenAll(plans.Where(p => !RunsAtOnce(p.StoryStored)).Select(p => RecordPlannedAsync(p.ArticleId, p.Plan, cancellationToken)));

        var entries = plans.SelectMany(p => p.Plan.DigestEntries).ToList();
        if (entries.Count > 0)
        {
            await digests.RecordAsync(entries, cancellationToken);
        }

        foreach (var plan in plans)
        {
            foreach (var channel in plan.Plan.Held.GroupBy(h => h.Channel))
            {
                var records = channel.Select(h => new LedgerRecord(h.SubscriberId, h.Kind == PolicyDecisionKind.HeldStale ? LedgerState.HeldStale : LedgerState.HeldByCap, null, h.Reason)).ToList();
                await ledger.RecordAsync(plan.ArticleId, channel.Key, records, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Whether a plan's sends and writes run at once rather than the queues first: only for a story with no version stored,
    /// whose record of planned alerts nobody reads before the story is stored (see <see cref="CarryOutAsync"/>).
    /// </summary>
    public static bool RunsAtOnce(bool storyStored) => !storyStored;

    private async Task QueueAsync(IReadOnlyList<PlannedArticle> plans, CancellationToken cancellationToken)
    {
        var immediate = plans.SelectMany(p => p.Plan.Immediate).ToList();
        if (immediate.Count > 0)
        {
            await publisher.PublishAsync(immediate, cancellationToken);
        }

        var scheduled = plans.SelectMany(p => p.Plan.Scheduled).ToList();
        if (scheduled.Count > 0)
        {
            await publisher.ScheduleAsync(scheduled, cancellationToken);
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
