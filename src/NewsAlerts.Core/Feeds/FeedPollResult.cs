namespace NewsAlerts.Core.Feeds;

/// <summary>The decisions of one poll and the history to store after it.</summary>
/// <param name="Decisions">One per article, in feed order.</param>
/// <param name="Seen">The feed's history after the poll: every item remembered before, updated, plus the new ones.</param>
public sealed record FeedPollResult(IReadOnlyList<FeedItemDecision> Decisions, IReadOnlyList<SeenItem> Seen);
