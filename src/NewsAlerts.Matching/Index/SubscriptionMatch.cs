using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Index;

/// <summary>An article matched a subscription, and why.</summary>
/// <param name="TopicSubscription">The subscription.</param>
/// <param name="Explanation">The evidence; shared by every subscription with the same normalised topic.</param>
public sealed record SubscriptionMatch(TopicSubscription TopicSubscription, MatchExplanation Explanation);
