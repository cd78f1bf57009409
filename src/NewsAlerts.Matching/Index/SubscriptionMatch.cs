using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Index;

/// <summary>An article matched a subscription, and why.</summary>
/// <param name="Subscription">The subscription.</param>
/// <param name="Explanation">The evidence; shared by every subscription with the same normalised topic.</param>
public sealed record SubscriptionMatch(Subscription Subscription, MatchExplanation Explanation);
