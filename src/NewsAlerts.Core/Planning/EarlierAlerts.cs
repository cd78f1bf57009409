namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Delivery;

/// <summary>
/// Who already has a story's alert on a channel when a newer, more urgent version of it is planned (an upgrade, such as
/// an editor flagging the story as breaking). One alert per story, subscriber and channel: the upgrade plans only what it
/// adds (a text to those whose threshold the new urgency now passes, a subscriber the earlier versions did not reach),
/// never a second copy of an alert already on its way, so every alert planned ends as exactly one ledger row and the
/// story's counts reach their final state.
/// </summary>
/// <remarks>
/// Only what was recorded counts, never a plan made again under today's settings (someone who switched from digest to
/// immediate, turned texts on, or changed topics since is judged by what they were actually sent or queued): a ledger
/// row in any state (claimed, retrying, sent, delivered, failed, held, skipped, dead-lettered: the dispatcher claims the
/// alert under the story's one ledger key), a batch of an earlier version still waiting in the queue or scheduled for the
/// end of quiet hours (<see cref="Ports.IPlannedAlerts"/>, recorded when it was planned), and, by email, the story in
/// their digest (the digest store, pending or sent).
/// </remarks>
public static class EarlierAlerts
{
    /// <summary>Whether (channel, subscriber id) already has the story's alert.</summary>
    /// <param name="ledgerRows">Subscriber ids with a ledger row for the story per channel (any state), and by email everyone with the story in a digest.</param>
    /// <param name="queued">Subscriber ids an earlier version of the story queued an alert for, per channel (<see cref="Ports.IPlannedAlerts.ListAsync"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Func<Channel, string, bool> Of(IReadOnlyDictionary<Channel, IReadOnlySet<string>> ledgerRows, IReadOnlyDictionary<Channel, IReadOnlySet<string>> queued)
    {
        ArgumentNullException.ThrowIfNull(ledgerRows);
        ArgumentNullException.ThrowIfNull(queued);
        return (channel, id) => (ledgerRows.TryGetValue(channel, out var rows) && rows.Contains(id)) || (queued.TryGetValue(channel, out var ids) && ids.Contains(id));
    }
}
