namespace NewsAlerts.Functions.Feeds;

/// <summary>A feed's health in <see cref="FeedView"/>.</summary>
/// <param name="LastSuccess">When a poll last succeeded.</param>
/// <param name="LastError">The last error (kept after a success so it can be read).</param>
/// <param name="LastErrorAt">When it happened.</param>
/// <param name="ConsecutiveFailures">Failed polls since the last success.</param>
/// <param name="FailingSince">When the current run of failures began.</param>
/// <param name="NextPoll">When the feed is polled next; null when it is not polled (<paramref name="Polling"/> says why: paused or gone), never a far-future date.</param>
/// <param name="Flagged">True when the feed has failed for a day or more, or shares its address with another feed: an editor should look.</param>
/// <param name="LastStatus">The HTTP status of the last response, or null when none came.</param>
/// <param name="Primed">True once the feed has a baseline (its registration's read, or its first read for feeds registered before): from then on, new items alert.</param>
/// <param name="Notice">Why the feed is flagged for something other than failing, in words, or null.</param>
/// <param name="Polling">Whether the feed is polled: <c>scheduled</c> (at <paramref name="NextPoll"/>), <c>paused</c> or <c>gone</c> (<see cref="NewsAlerts.Core.Feeds.FeedPolling"/>).</param>
/// <param name="PollingText">The same in words: <c>next poll at 2026-12-03 17:05 UTC</c>, <c>not polled: paused by dev --no-demo since ...</c>, <c>not polled: gone (410) since ...</c>.</param>
/// <param name="DuplicateOf">The other feed registered at the address this one moved to, or the older feed registered at this one's address before address claims existed; null when none.</param>
public sealed record FeedHealthView(
    DateTimeOffset? LastSuccess,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int ConsecutiveFailures,
    DateTimeOffset? FailingSince,
    DateTimeOffset? NextPoll,
    bool Flagged,
    int? LastStatus,
    bool Primed,
    NewsAlerts.Core.Feeds.FeedPollingState Polling,
    string PollingText,
    string? Notice = null,
    string? DuplicateOf = null)
{
    /// <summary>
    /// The items the last read could not ingest (id and reason), retried at each poll; empty when every item went in
    /// (<see cref="NewsAlerts.Core.Feeds.FeedHealth.FailedItems"/>).
    /// </summary>
    public IReadOnlyList<NewsAlerts.Core.Articles.ArticleFailure> FailedItems { get; init; } = [];

    /// <summary>
    /// When the feed answered <c>410 Gone</c>, or null: it is not polled (<see cref="NextPoll"/> is null, <see cref="Polling"/> <c>gone</c>) and is
    /// flagged until an editor resumes it with <c>PATCH {"paused": false}</c> (<see cref="NewsAlerts.Core.Feeds.FeedHealth.GoneSince"/>).
    /// </summary>
    public DateTimeOffset? GoneSince { get; init; }

    /// <summary>
    /// The last read that brought more new items than <c>Feeds:MaxNewItemsPerRead</c>, in words (<c>6,000 new items in one
    /// read: 50 alerted, 5,950 held back as a possible flood at 2026-12-03 22:49 UTC</c>), or null: shown (and the feed
    /// flagged) until a newer flood replaces it or an editor's <c>PATCH {"floodAcknowledged": true}</c>
    /// (<see cref="NewsAlerts.Core.Feeds.FeedHealth.Flood"/>).
    /// </summary>
    public string? Flood { get; init; }

    /// <summary>
    /// What the last read could not read of the body, when it read some items but not all (a body cut at 10 MiB, XML
    /// damaged after some items), or null for a clean read (<see cref="NewsAlerts.Core.Feeds.FeedHealth.ReadInPart"/>).
    /// </summary>
    public string? ReadInPart { get; init; }
}
