namespace NewsAlerts.Core.Articles;

using System.Text.Json.Serialization;

/// <summary>One example of why an article reaches a subscriber (no personal data: the id and the topic only; pages show neither the id).</summary>
/// <param name="SubscriberId">The subscriber's id.</param>
/// <param name="Topic">The topic that matched.</param>
/// <param name="Reason">Why it matched.</param>
public sealed record MatchSample(string SubscriberId, string Topic, string Reason)
{
    /// <summary>How the plan reaches them (<see cref="MatchSamples.Pick"/>); empty when not told.</summary>
    public IReadOnlyList<SampleWay> Ways { get; init; } = [];

    /// <summary>
    /// Why it matched as values (<c>MatchReasonText</c>), for the preview to word in each reader's language as the email
    /// sender does (<see cref="Words.ReasonWords"/>); null when not told. Not masked, so never serialised: mask what is
    /// shown of it.
    /// </summary>
    [JsonIgnore]
    public string? ReasonValues { get; init; }
}
