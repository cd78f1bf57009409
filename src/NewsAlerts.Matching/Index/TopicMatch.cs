using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Index;

/// <summary>
/// A distinct topic the article satisfies, with every subscription that uses it: the fan-out unit, so a topic
/// followed by 80,000 subscribers costs one explanation and no per-subscriber allocation.
/// </summary>
/// <param name="Explanation">Why the topic matched.</param>
/// <param name="Subscriptions">The subscriptions with this normalised topic (and exact flag).</param>
public sealed record TopicMatch(MatchExplanation Explanation, IReadOnlyList<TopicSubscription> Subscriptions);
