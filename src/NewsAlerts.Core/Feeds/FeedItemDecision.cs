namespace NewsAlerts.Core.Feeds;

using NewsAlerts.Core.Articles;

/// <summary>The decision for one item of a poll.</summary>
/// <param name="Outcome">What happens to it.</param>
/// <param name="Article">The article to ingest, with the id and version the history gives it (the known id when it was seen before).</param>
public sealed record FeedItemDecision(FeedItemOutcome Outcome, Article Article)
{
    /// <summary>Whether the article goes on to matching and alerts (new, or a new version).</summary>
    public bool Alerts => Outcome is FeedItemOutcome.New or FeedItemOutcome.Changed;
}
