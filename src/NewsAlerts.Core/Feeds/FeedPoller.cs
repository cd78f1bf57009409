namespace NewsAlerts.Core.Feeds;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Ports;

/// <summary>
/// Polls the feeds that are due: one instance per feed (a lease in the store), one request at a time per host (the
/// due feeds of a host are polled one after another), and the new and changed items ingested through the same
/// <see cref="ArticleIngestion"/> as <c>POST /api/articles</c>, so feeds and the API match, plan and queue alike.
/// </summary>
public sealed class FeedPoller(IFeedStore store, IFeedFetcher fetcher, ArticleIngestion ingestion, FeedOptions options, TimeProvider time)
{
    /// <summary>Hosts polled at once by one instance.</summary>
    public const int ParallelHosts = 8;

    /// <summary>The most feeds one run takes; the rest stay due for the next run.</summary>
    public const int MaxFeedsPerRun = 2_000;

    /// <summary>
    /// How long a lease lasts: longer than any one poll (a request and its redirects are bounded by
    /// <see cref="FeedOptions.RequestTimeoutSeconds"/> each), so a lease lapses only when its instance died.
    /// </summary>
    public TimeSpan LeaseDuration => TimeSpan.FromSeconds(Math.Max(60, options.RequestTimeoutSeconds * 8));

    /// <summary>Polls every feed due now, and returns what each poll did.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<FeedPollReport>> PollDueAsync(CancellationToken cancellationToken)
    {
        var due = await store.DueAsync(time.GetUtcNow(), MaxFeedsPerRun, cancellationToken);
        var reports = new List<FeedPollReport>();
        var byHost = due.GroupBy(f => f.Url.IdnHost, StringComparer.OrdinalIgnoreCase).ToList();
        await Parallel.ForEachAsync(
            byHost,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelHosts, CancellationToken = cancellationToken },
            async (host, token) =>
            {
                foreach (var feed in host)
                {
                    if (await PollAsync(feed.Id, token) is { } report)
                    {
                        lock (reports)
                        {
                            reports.Add(report);
                        }
                    }
                }
            });
        return reports;
    }

    /// <summary>
    /// Polls one feed if it can take its lease and the feed is not paused; null when it did not poll. The items are
    /// ingested before the history is saved: a crash in between polls them again, and ingestion knows them by id
    /// and version, so nothing is lost and nothing alerts twice.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<FeedPollReport?> PollAsync(string feedId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedId);
        var entry = await store.GetAsync(feedId, cancellationToken);
        if (entry is null || entry.Registration.Paused)
        {
            return null;
        }

        var lease = await store.TryLeaseAsync(feedId, time.GetUtcNow(), LeaseDuration, cancellationToken);
        if (lease is null)
        {
            return null;
        }

        var registration = entry.Registration;
        var fetch = await fetcher.FetchAsync(lease.State.Url, lease.State.Validators, cancellationToken);
        var received = time.GetUtcNow();
        var outcome = PollOutcome.Of(fetch, received);
        var counts = new Dictionary<FeedItemOutcome, int>();
        if (outcome.Succeeded && fetch.Document is { } document)
        {
            try
            {
                await IngestAsync(feedId, registration.Defaults(fetch.PermanentlyMovedTo ?? lease.State.Url), lease.State.Primed, document, received, counts, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Matching or queueing failed: the poll counts as failed and keeps its validators, so the next poll
                // reads the feed again and the items not yet remembered are ingested then.
                outcome = PollOutcome.Failure($"ingestion failed ({exception.GetType().Name})");
            }
        }

        var state = lease.State.After(fetch, outcome, time.GetUtcNow(), options.PollSettings(registration.Interval));
        await store.ReleaseAsync(lease, state, cancellationToken);
        return new FeedPollReport(feedId, fetch.Status, outcome, counts, state.Health.NextPoll);
    }

    private async Task IngestAsync(
        string feedId, FeedDefaults defaults, bool primed, FeedDocument document, DateTimeOffset received, Dictionary<FeedItemOutcome, int> counts, CancellationToken cancellationToken)
    {
        var articles = document.Items
            .Select(item => FeedArticles.ToArticle(item, document, defaults, received))
            .Where(a => a.IsValid)
            .Select(a => a.Value!)
            .ToList();
        var seen = await store.SeenAsync(feedId, cancellationToken);
        var decided = FeedItemHistory.Decide(!primed, seen, articles);
        foreach (var decision in decided.Decisions)
        {
            counts[decision.Outcome] = counts.GetValueOrDefault(decision.Outcome) + 1;
            if (decision.Alerts)
            {
                await ingestion.IngestAsync(decision.Article, dryRun: false, cancellationToken);
            }
        }

        await store.SaveSeenAsync(feedId, FeedItemHistory.Prune(decided.Seen, decided.Decisions, options.SeenItemsPerFeed), cancellationToken);
    }
}
