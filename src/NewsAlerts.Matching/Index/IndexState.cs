namespace NewsAlerts.Matching.Index;

/// <summary>
/// What readers see: a large base segment, a small delta of entries changed since the base was built, and which
/// base entries those changes replaced. Immutable, swapped atomically, so a match sees one consistent state.
/// </summary>
internal sealed record IndexState(Segment Base, bool[] BaseRemoved, Segment Delta, int SubscriptionCount, int QueryCount)
{
    public static IndexState Empty { get; } = new(Segment.Empty, [], Segment.Empty, 0, 0);
}
