namespace NewsAlerts.Matching.Index;

/// <summary>A subscriber's topic.</summary>
/// <param name="Id">Unique subscription id.</param>
/// <param name="SubscriberId">Who gets the alert.</param>
/// <param name="Topic">The topic text in the topic language.</param>
/// <param name="Exact">Match the topic's words exactly, without country and concept expansion.</param>
public sealed record Subscription(string Id, string SubscriberId, string Topic, bool Exact = false);
