namespace NewsAlerts.Core.Subscribers;

/// <summary>Something a subscriber should know about one of their topics; the topic is accepted.</summary>
/// <param name="Topic">The topic as written.</param>
/// <param name="Reason">Why, e.g. <c>written in Han characters, so matched as zh, not en</c>.</param>
public sealed record TopicWarning(string Topic, string Reason);
