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
    /// <summary>Carries out the plan of one article.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articleId"/> or <paramref name="plan"/> is null.</exception>
    public async Task CarryOutAsync(string articleId, PolicyPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Immediate.Count > 0)
        {
            await publisher.PublishAsync(plan.Immediate, cancellationToken);
        }

        if (plan.Scheduled.Count > 0)
        {
            await publisher.ScheduleAsync(plan.Scheduled, cancellationToken);
        }

        // After the queues: a batch recorded but never queued would make a later version leave its people out; one
        // queued but not recorded (this write failed) is planned again by the retry, and sent once by its ledger key.
        if (plan.Immediate.Count + plan.Scheduled.Count > 0)
        {
            await planned.RecordAsync(articleId, [.. plan.Immediate, .. plan.Scheduled.Select(s => s.Batch)], cancellationToken);
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
}
