namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Planning;

/// <summary>What one article does under every matched subscriber's delivery preferences.</summary>
/// <param name="Immediate">Batches to send now (email and SMS).</param>
/// <param name="Scheduled">SMS batches to deliver when quiet hours end, grouped by that time.</param>
/// <param name="DigestEntries">Entries for the subscribers' next digests (at most one per subscriber and digest).</param>
/// <param name="Held">Alerts held back (stale after quiet hours, or over a cap, without an email to fall back on).</param>
public sealed record PolicyPlan(
    IReadOnlyList<DeliveryBatch> Immediate, IReadOnlyList<ScheduledBatch> Scheduled, IReadOnlyList<DigestEntry> DigestEntries, IReadOnlyList<HeldAlert> Held)
{
    /// <summary>Recipients of immediate alerts on a channel.</summary>
    public int ImmediateCount(Channel channel) => Immediate.Where(b => b.Channel == channel).Sum(b => b.Recipients.Count);

    /// <summary>Alerts on a channel that a daily cap moved from now to the subscriber's next digest (also among <see cref="DigestEntries"/>).</summary>
    public IReadOnlyDictionary<Channel, int> CappedToDigest { get; init; } = new Dictionary<Channel, int>();

    /// <summary>How the story reaches each matched subscriber, one outcome each (their total is the matched subscribers).</summary>
    public Planning.MatchedOutcomes Outcomes { get; init; } = new();

    /// <summary>The <see cref="DigestEntries"/> by why each is there, adding up to their count.</summary>
    public Planning.DigestEntryParts DigestParts { get; init; } = new();

    /// <summary>Texts scheduled for the end of quiet hours.</summary>
    public int ScheduledCount => Scheduled.Sum(s => s.Batch.Recipients.Count);

    /// <summary>Alerts held back on a channel for a reason.</summary>
    public int HeldCount(Channel channel, PolicyDecisionKind kind) => Held.Count(h => h.Channel == channel && h.Kind == kind);
}
