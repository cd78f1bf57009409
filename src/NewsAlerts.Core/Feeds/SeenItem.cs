namespace NewsAlerts.Core.Feeds;

/// <summary>What a feed's history remembers of one item it has seen.</summary>
/// <param name="ArticleId">The article id the item was first recorded under; later versions keep it.</param>
/// <param name="ItemIds">Every id the item has been seen under (a feed that rewrites GUIDs adds one per rewrite).</param>
/// <param name="Links">Every absolute link the item has been seen with.</param>
/// <param name="ContentHash">The hash of the last version's headline and body (<see cref="FeedItemHistory.ContentHash"/>).</param>
/// <param name="Version">The last version recorded, from 1.</param>
public sealed record SeenItem(
    string ArticleId,
    IReadOnlyList<string> ItemIds,
    IReadOnlyList<string> Links,
    string ContentHash,
    int Version);
