using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Index;

/// <summary>A subscription whose topic did not parse, with the column and reason.</summary>
public sealed record RejectedSubscription(TopicSubscription TopicSubscription, TopicParseResult Result);
