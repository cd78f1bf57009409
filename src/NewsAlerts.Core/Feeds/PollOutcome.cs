namespace NewsAlerts.Core.Feeds;

/// <summary>How one poll of a feed ended, as the schedule and the health need it.</summary>
/// <param name="Succeeded">True for <c>200</c> with a readable feed and for <c>304 Not Modified</c>.</param>
/// <param name="Error">What went wrong, for the feed's health (status, timeout, unreadable body); null on success.</param>
/// <param name="RetryAfter">The wait a <c>429</c> or <c>503</c> asked for (<see cref="Feeds.RetryAfter.Parse"/>); null otherwise.</param>
public sealed record PollOutcome(bool Succeeded, string? Error, TimeSpan? RetryAfter)
{
    /// <summary>A successful poll.</summary>
    public static PollOutcome Success { get; } = new(true, null, null);

    /// <summary>
    /// The items of a successful read that failed alone (<see cref="Articles.ArticlesNotIngestedException"/>): the others
    /// were ingested, these are left out of the history and retried at the next poll; null when none failed.
    /// </summary>
    public IReadOnlyList<Articles.ArticleFailure>? FailedItems { get; init; }

    /// <summary>
    /// True when the feed answered <c>410 Gone</c>: the publisher says it is gone for good (RFC 9110 §15.5.11), so it is
    /// not polled again until an editor resumes it (<see cref="FeedHealth.After"/>, <see cref="FeedHealth.Resumed"/>).
    /// </summary>
    public bool Gone { get; init; }

    /// <summary>A failed poll.</summary>
    public static PollOutcome Failure(string error, TimeSpan? retryAfter = null) => new(false, error, retryAfter);

    /// <summary>
    /// How a fetch ended: <c>304</c> and a <c>200</c> that reads as a feed (items, or a clean empty feed) succeed; a
    /// <c>200</c> with nothing readable (an HTML error page, a broken body) fails with the parser's first error; a
    /// <c>429</c> or <c>503</c> fails with its <c>Retry-After</c>; a <c>410</c> fails as <see cref="Gone"/>; any other status or
    /// no response fails.
    /// </summary>
    /// <param name="fetch">The fetch.</param>
    /// <param name="now">When the response came, for a <c>Retry-After</c> given as a date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fetch"/> is null.</exception>
    public static PollOutcome Of(FeedFetch fetch, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return fetch.Status switch
        {
            0 => Failure(fetch.Error ?? "no response"),
            304 => Success,
            200 when fetch.Document is { } document && (document.Items.Count > 0 || document.IsClean) => Success,
            200 => Failure($"HTTP 200 but not a feed: {fetch.Document?.Errors.FirstOrDefault() ?? fetch.Error ?? "empty body"}"),
            429 or 503 => Failure(HttpStatusWords.Of(fetch.Status), Feeds.RetryAfter.Parse(fetch.RetryAfter, now)),
            410 => Failure("HTTP 410 (gone: not polled again until an editor resumes the feed)") with { Gone = true },
            _ => Failure(HttpStatusWords.Of(fetch.Status)),
        };
    }
}
