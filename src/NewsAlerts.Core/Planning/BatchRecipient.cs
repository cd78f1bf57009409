namespace NewsAlerts.Core.Planning;

/// <summary>One recipient of a delivery batch and why the article matched them.</summary>
/// <param name="SubscriberId">The subscriber.</param>
/// <param name="Reason">The match explanation in words, used in the alert text.</param>
public sealed record BatchRecipient(string SubscriberId, string Reason);
