namespace NewsAlerts.Channels.Tests.Feeds.Differential;

/// <summary>One field on which our reading of an item and rss-parser's differ.</summary>
internal sealed record FeedDifference(string Field, string? Ours, string? Theirs)
{
    public override string ToString() => $"{Field}: ours '{Ours}' vs rss-parser '{Theirs}'";
}
