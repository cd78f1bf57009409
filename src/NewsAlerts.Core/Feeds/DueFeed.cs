namespace NewsAlerts.Core.Feeds;

/// <summary>A feed whose next poll has come and that no instance holds.</summary>
/// <param name="Id">The feed.</param>
/// <param name="Url">Where it is fetched (its host decides which feeds are polled one after another).</param>
public sealed record DueFeed(string Id, Uri Url);
