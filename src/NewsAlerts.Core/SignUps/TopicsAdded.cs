namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// What a sign-up's confirmed link did to a subscriber that had its address confirmed already (issue 16): only topics
/// were added (its settings kept), so no welcome goes and the pages say "Added".
/// </summary>
/// <param name="SubscriberId">The subscriber that had the address.</param>
/// <param name="Topics">The topics added (those it did not follow yet; empty when it followed them all).</param>
public sealed record TopicsAdded(string SubscriberId, IReadOnlyList<Topic> Topics);
