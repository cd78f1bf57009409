namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Policy;

/// <summary>
/// Who already has a story's alert on a channel when a newer, more urgent version of it is planned (an upgrade, such as
/// an editor flagging the story as breaking). One alert per story, subscriber and channel: the upgrade plans only what it
/// adds (a text to those whose threshold the new urgency now passes, a subscriber the earlier version did not reach),
/// never a second copy of an alert already on its way, so every alert planned ends as exactly one ledger row and the
/// story's counts reach their final state.
/// </summary>
/// <remarks>
/// An alert is already planned when the ledger has a row for it in any state (claimed, retrying, sent, delivered,
/// failed, held, skipped, dead-lettered: the dispatcher claims it under the story's one ledger key), or when the stored
/// version's own plan reaches it: a batch still waiting in the queue, a text scheduled for the end of quiet hours and a
/// digest entry have no ledger row until the dispatcher or the digest run takes them. The stored version's plan is
/// planned again under the subscribers' preferences of now, so a subscriber who changed them since the first version
/// is judged by their new ones.
/// </remarks>
public static class EarlierAlerts
{
    /// <summary>Whether (channel, subscriber id) already has the story's alert.</summary>
    /// <param name="ledgerRows">Subscriber ids with a ledger row for the story, per channel (any state).</param>
    /// <param name="earlierPlan">The stored version's plan (<see cref="PolicyPlanner.Plan"/>), or null when there is no stored version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ledgerRows"/> is null.</exception>
    public static Func<Channel, string, bool> Of(IReadOnlyDictionary<Channel, IReadOnlySet<string>> ledgerRows, PolicyPlan? earlierPlan)
    {
        ArgumentNullException.ThrowIfNull(ledgerRows);
        var planned = earlierPlan is null ? new HashSet<(Channel, string)>() : Reached(earlierPlan);
        return (channel, id) => (ledgerRows.TryGetValue(channel, out var rows) && rows.Contains(id)) || planned.Contains((channel, id));
    }

    /// <summary>Every (channel, subscriber id) a plan reaches: its immediate and scheduled batches, its digest entries (by email) and its held alerts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static IReadOnlySet<(Channel Channel, string SubscriberId)> Reached(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Immediate.Concat(plan.Scheduled.Select(s => s.Batch))
            .SelectMany(b => b.Recipients.Select(r => (b.Channel, r.SubscriberId)))
            .Concat(plan.DigestEntries.Select(e => (Channel.Email, e.SubscriberId)))
            .Concat(plan.Held.Select(h => (h.Channel, h.SubscriberId)))
            .ToHashSet();
    }
}
