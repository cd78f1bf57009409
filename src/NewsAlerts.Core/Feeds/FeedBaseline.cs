namespace NewsAlerts.Core.Feeds;

/// <summary>
/// What a feed starts from: the items of the read made when it was registered, recorded as seen without alerting, so
/// "no backlog flood" holds and an item published after that read (even before the first poll) is new and alerts.
/// Decisions (issue 18): the baseline is the registration's read and nothing later. A feed whose first polls fail keeps
/// that baseline: once it is read again, whatever appeared since its registration alerts. A feed registered before
/// baselines existed (its state not <see cref="FeedState.Primed"/>) still has its first successful read recorded without
/// alerting. A paused feed keeps its history, so on resume the items published during the pause that are still in the
/// feed alert once (a pause holds alerts back, it does not drop them); removing and registering again is the way to
/// start from a fresh baseline.
/// </summary>
public static class FeedBaseline
{
    /// <summary>
    /// The history a feed starts with: every readable item of <paramref name="document"/> as
    /// <see cref="FeedItemHistory.Decide"/> records a first read, bounded like a poll's (<see cref="FeedItemHistory.Prune"/>).
    /// </summary>
    /// <param name="document">The feed read at registration.</param>
    /// <param name="defaults">The feed's defaults (<see cref="FeedRegistration.Defaults"/>) for where it was read from.</param>
    /// <param name="received">When it was read.</param>
    /// <param name="max">The most items a feed's history keeps (<see cref="FeedOptions.SeenItemsPerFeed"/>), at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="defaults"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is below 1.</exception>
    public static IReadOnlyList<SeenItem> Of(FeedDocument document, FeedDefaults defaults, DateTimeOffset received, int max)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(defaults);
        var decided = FeedItemHistory.Decide(firstPoll: true, [], FeedArticles.Read(document, defaults, received).Articles);
        return FeedItemHistory.Prune(decided.Seen, decided.Decisions, max);
    }

    /// <summary>
    /// The state a feed registered at <paramref name="url"/> starts with: due at once, primed (its baseline is stored
    /// with it), with the validators (<c>ETag</c>, <c>Last-Modified</c>) of the registration's read, so the first poll
    /// of an unchanged feed is a <c>304</c>.
    /// </summary>
    /// <param name="url">Where the feed is polled (after the registration read's permanent redirects).</param>
    /// <param name="fetch">The registration's read, a <c>200</c> that reads as a feed (<see cref="FeedProbeVerdict"/>).</param>
    /// <param name="now">When the feed was registered.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> or <paramref name="fetch"/> is null.</exception>
    public static FeedState State(Uri url, FeedFetch fetch, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(fetch);
        // The registration's fetch read the feed: a success, which health shows (trial r36 #15: lastSuccess was null
        // beside lastStatus 200 and primed true).
        return FeedState.New(url, now) with
        {
            Health = FeedHealth.New(now) with { LastSuccess = now },
            Validators = FeedValidators.None.After(fetch.Status, fetch.ETag, fetch.LastModified),
            Primed = true,
            LastStatus = fetch.Status,
        };
    }
}
