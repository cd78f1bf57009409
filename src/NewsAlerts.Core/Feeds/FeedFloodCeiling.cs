namespace NewsAlerts.Core.Feeds;

/// <summary>
/// The ceiling on what one read of one feed (a poll or a WebSub push) may alert: at most
/// <see cref="FeedOptions.MaxNewItemsPerRead"/> new or changed items, the newest; the rest are <see cref="FeedItemOutcome.HeldBack"/>
/// (remembered as seen, never alerted). Trial s45 #1: a feed that suddenly carried 6,000 new items sent one reader 2,658
/// emails; a newsroom publishes a few items between two polls, a flood is a fault (a CMS bug, a GUID rewrite, a hijack).
/// </summary>
public static class FeedFloodCeiling
{
    /// <summary>The read's decisions with the alerting ones past <paramref name="max"/> held back, and the flood, or null when within it.</summary>
    /// <param name="decisions">The read's decisions (<see cref="FeedItemHistory.Decide"/>), in feed order.</param>
    /// <param name="max">The most items one read alerts, at least 1.</param>
    /// <param name="now">When the read was decided, for <see cref="FeedFlood.At"/>.</param>
    /// <returns>
    /// The decisions in the same order, the newest <paramref name="max"/> alerting ones kept (newest by
    /// <see cref="Articles.Article.PublishedAt"/>, then earlier in the feed, as feeds list newest first), the others
    /// <see cref="FeedItemOutcome.HeldBack"/>; and the flood, null when nothing was held back.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="decisions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is below 1.</exception>
    public static (IReadOnlyList<FeedItemDecision> Decisions, FeedFlood? Flood) Apply(IReadOnlyList<FeedItemDecision> decisions, int max, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var alerting = decisions.Select((d, i) => (d, i)).Where(x => x.d.Alerts).ToList();
        if (alerting.Count <= max)
        {
            return (decisions, null);
        }

        var kept = alerting
            .OrderByDescending(x => x.d.Article.PublishedAt)
            .ThenBy(x => x.i)
            .Take(max)
            .Select(x => x.i)
            .ToHashSet();
        var held = decisions.Select((d, i) => d.Alerts && !kept.Contains(i) ? d with { Outcome = FeedItemOutcome.HeldBack } : d).ToList();
        return (held, new FeedFlood(alerting.Count, max, alerting.Count - max, now));
    }
}
