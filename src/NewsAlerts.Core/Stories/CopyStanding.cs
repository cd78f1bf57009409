namespace NewsAlerts.Core.Stories;

using NewsAlerts.Core.Dispatch;

/// <summary>Where another copy of a story stands for one subscriber on one channel, as read right before an alert's send.</summary>
/// <param name="Copy">The other copy (another article id sharing a same-story key).</param>
/// <param name="Row">The copy's ledger row for the subscriber on the channel, or null when it has none.</param>
/// <param name="Queued">Whether the copy queued an alert for the subscriber on the channel (<see cref="Ports.IPlannedAlerts"/>).</param>
/// <param name="InSentDigest">Whether a digest that was sent carried the copy to the subscriber (email only).</param>
public sealed record CopyStanding(StoryCopy Copy, LedgerEntry? Row, bool Queued, bool InSentDigest);
