namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Subscribers;

/// <summary>A subscriber the article matched, with the first topic that matched and why.</summary>
/// <param name="Subscriber">The subscriber.</param>
/// <param name="Topic">The topic that matched, as the subscriber wrote it (on one line).</param>
/// <param name="Reason">Why, as values (<see cref="NewsAlerts.Matching.Explanations.MatchReasonText"/>), worded in each reader's language when shown (<see cref="Words.ReasonWords"/>).</param>
/// <param name="MatchedTopics">How many of their topics matched.</param>
/// <param name="TopicId">The id (<see cref="Subscribers.Topic.Id"/>) of the topic that matched, for per-topic preferences; null when unknown.</param>
public sealed record SubscriberMatch(Subscriber Subscriber, string Topic, string Reason, int MatchedTopics, string? TopicId = null);
