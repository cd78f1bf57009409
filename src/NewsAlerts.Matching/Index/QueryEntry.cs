namespace NewsAlerts.Matching.Index;

/// <summary>A distinct compiled topic and every subscription that uses it (immutable; replaced on change).</summary>
internal sealed record QueryEntry(CompiledTopic Topic, TopicSubscription[] Subscribers);
