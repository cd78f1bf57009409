namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Delivery;

/// <summary>One follow-up to send when a story is withdrawn or corrected: who, and on which channel.</summary>
/// <param name="SubscriberId">The subscriber who received the story.</param>
/// <param name="Channel">The channel they received it on (email for digests).</param>
public sealed record RetractionRecipient(string SubscriberId, Channel Channel);
