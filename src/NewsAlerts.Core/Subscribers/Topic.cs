namespace NewsAlerts.Core.Subscribers;

/// <summary>One topic a subscriber follows.</summary>
/// <param name="Id">Stable id of this topic within the subscriber (the subscription id in the matching index).</param>
/// <param name="Text">The topic as the subscriber wrote it, in the topic language.</param>
/// <param name="Exact">Match words exactly, without country and concept expansion.</param>
/// <param name="Language">BCP 47 tag of the topic's own language, or null for the subscriber's.</param>
public sealed record Topic(string Id, string Text, bool Exact, string? Language = null);
