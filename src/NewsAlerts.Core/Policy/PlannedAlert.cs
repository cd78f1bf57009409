namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Delivery;

/// <summary>One alert the planner would send: which channel, how urgent, how old and for which topic.</summary>
/// <param name="Channel">Email or SMS.</param>
/// <param name="Urgency">IPTC urgency of the article, 1 (flash) to 9.</param>
/// <param name="PublishedAt">When the article was published (its age decides staleness).</param>
/// <param name="TopicId">The subscriber's topic that matched (for per-topic preferences), or null.</param>
public sealed record PlannedAlert(Channel Channel, int Urgency, DateTimeOffset PublishedAt, string? TopicId);
