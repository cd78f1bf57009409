namespace NewsAlerts.Core.Feeds;

/// <summary>Decides a poll's <see cref="FeedPollNews"/> from the feed's health before and after it.</summary>
public static class FeedPollNewsRule
{
    /// <summary>
    /// <see cref="FeedPollNews.Gone"/> when this poll made the feed gone; <see cref="FeedPollNews.Failing"/> when it failed
    /// and nothing was failing before; <see cref="FeedPollNews.Recovered"/> when it succeeded after failures; otherwise
    /// <see cref="FeedPollNews.None"/>.
    /// </summary>
    /// <param name="before">The health the poll started from.</param>
    /// <param name="after">The health it ended with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FeedPollNews Of(FeedHealth before, FeedHealth after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return (before.ConsecutiveFailures, after.ConsecutiveFailures) switch
        {
            _ when after.GoneSince is not null && before.GoneSince is null => FeedPollNews.Gone,
            (0, > 0) => FeedPollNews.Failing,
            (> 0, 0) => FeedPollNews.Recovered,
            _ => FeedPollNews.None,
        };
    }
}
