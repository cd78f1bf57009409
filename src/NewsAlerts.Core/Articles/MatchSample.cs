namespace NewsAlerts.Core.Articles;

/// <summary>One example of why an article reaches a subscriber (no personal data: the id and the topic only; pages show neither the id).</summary>
/// <param name="SubscriberId">The subscriber's id.</param>
/// <param name="Topic">The topic that matched.</param>
/// <param name="Reason">Why it matched.</param>
public sealed record MatchSample(string SubscriberId, string Topic, string Reason)
{
    /// <summary>How the plan reaches them (<see cref="MatchSamples.Pick"/>); empty when not told.</summary>
    public IReadOnlyList<SampleWay> Ways { get; init; } = [];
}
