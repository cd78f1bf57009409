namespace NewsAlerts.Core.Feeds;

/// <summary>What one poll of one feed did.</summary>
/// <param name="FeedId">The feed.</param>
/// <param name="Status">The HTTP status of the last response; 0 when none came.</param>
/// <param name="Outcome">Success or the error, with any <c>Retry-After</c>.</param>
/// <param name="Counts">How many items ended in each <see cref="FeedItemOutcome"/>.</param>
/// <param name="NextPoll">When the feed is due next.</param>
public sealed record FeedPollReport(
    string FeedId, int Status, PollOutcome Outcome, IReadOnlyDictionary<FeedItemOutcome, int> Counts, DateTimeOffset NextPoll)
{
    /// <summary>Where the poll's time went (zero where a step did not run).</summary>
    public FeedPollTimings Timings { get; init; } = FeedPollTimings.None;

    /// <summary>The feed's health before the poll and after it; null when the poll could not be recorded (its store failed).</summary>
    public (FeedHealth Before, FeedHealth After)? Health { get; init; }

    /// <summary>How many items were alerted (new ones and new versions).</summary>
    public int Alerted => Counts.GetValueOrDefault(FeedItemOutcome.New) + Counts.GetValueOrDefault(FeedItemOutcome.Changed);
}
