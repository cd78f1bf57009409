namespace NewsAlerts.Core.Feeds;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;

/// <summary>
/// Polls the feeds that are due: one instance per feed (a lease in the store), one request at a time per host (the
/// due feeds of a host are fetched one after another, and ingested outside the host's lane), and the new and changed items ingested through the same
/// <see cref="ArticleIngestion"/> as <c>POST /api/articles</c>, so feeds and the API match, plan and queue alike.
/// With <paramref name="webSub"/>, a poll that finds a hub subscribes the feed (<see cref="WebSubSubscriptions.EnsureAsync"/>),
/// a feed with a live subscription is polled only every <see cref="FeedOptions.WebSubFallbackPollMinutes"/>, and
/// pushed content is ingested by <see cref="IngestPushedAsync"/> exactly as a poll's.
/// </summary>
public sealed class FeedPoller(
    IFeedStore store, IFeedFetcher fetcher, ArticleIngestion ingestion, FeedOptions options, TimeProvider time, WebSubSubscriptions? webSub = null)
{
    // A push and a poll of the same feed in this instance decide its items one after the other.
    private readonly FeedGates ingesting = new();

    /// <summary>
    /// The most feeds one run takes, in its one store query (<see cref="IFeedStore.DueAsync"/>, most overdue first); the
    /// rest stay due for the next run.
    /// </summary>
    public const int MaxFeedsPerRun = 20_000;

    /// <summary>
    /// The most articles one ingestion call takes from the feeds waiting for it (100: one call's recent lines of a day
    /// then fit one table transaction, whose limit is 100 rows); a feed's items are never split, so a feed with more goes
    /// alone.
    /// </summary>
    public const int MaxArticlesPerIngestion = 100;

    /// <summary>How many fetched feeds waiting to be ingested or being ingested one run holds per ingestion call (8).</summary>
    public const int ReadPlacesPerIngestion = 8;

    /// <summary>
    /// How many feeds one run holds read and not yet finished (<see cref="FeedOptions.ParallelIngestions"/> x
    /// <see cref="ReadPlacesPerIngestion"/>: 64 by default): enough for the ingestion calls to take several feeds each while
    /// the lanes fetch on, and a bound on the parsed documents held in memory.
    /// </summary>
    public static int ReadPlaces(FeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Max(1, options.ParallelIngestions) * ReadPlacesPerIngestion;
    }

    /// <summary>How many feeds hold or wait for their ingestion gate in this instance now; 0 between polls (nothing is kept per feed).</summary>
    public int FeedsIngesting => ingesting.Count;

    /// <summary>
    /// How long a lease lasts: longer than any one poll (a request and its redirects are bounded by
    /// <see cref="FeedOptions.RequestTimeoutSeconds"/> each; then a wait for one of <see cref="FeedOptions.ParallelIngestions"/>
    /// ingestion calls and the call), so a lease lapses only when its instance died.
    /// </summary>
    public TimeSpan LeaseDuration => TimeSpan.FromSeconds(Math.Max(60, options.RequestTimeoutSeconds * 8));

    /// <summary>
    /// Polls every feed due now, and returns what each poll did; a feed that fails in any way (even its store) is reported
    /// as failed and never stops the polls of the other feeds. The store is asked once per run which feeds are due (paused
    /// ones left out by the query, each with its registration, up to <see cref="MaxFeedsPerRun"/>), and the WebSub
    /// subscriptions are read once per run (a feed whose poll just asked its hub is read again); no read per feed comes
    /// before its lease, so a feed paused or edited after the run's query is polled once more as the query found it (a
    /// removed one is not: its lease fails). <see cref="FeedOptions.ParallelHosts"/> hosts at once, each host's lane
    /// leases its feeds <see cref="FeedLeaseBatch.Size"/> at a time in one store call (<see cref="IFeedStore.TryLeaseManyAsync"/>;
    /// each lease the feed's own, and one that aged past <see cref="FeedLeaseBatch.MayStartPoll"/> is taken again alone) and
    /// only fetches (and parses) its feeds one after another; each feed read is then finished outside the lane (its history
    /// read, its new and changed items ingested, its state written and its lease given back), at most
    /// <see cref="ReadPlaces"/> feeds read and not yet finished at once, so the next feeds of that host are fetched
    /// meanwhile; a feed read while that many are being finished makes its lane wait for a place. Their items are ingested
    /// as group commits (<see cref="IngestionBatches"/>): at most <see cref="FeedOptions.ParallelIngestions"/> ingestion
    /// calls at once, each taking the items of every feed waiting for it (up to <see cref="MaxArticlesPerIngestion"/>), so
    /// feeds read while ingestion is busy share one queue send and one set of table transactions (session 38's profile of
    /// the feeds benchmark: Azurite's one thread at 100 % with 5 Table requests per item, and the lanes 78 % of their time
    /// waiting for one of 8 places, when each feed was ingested alone). A poll with nothing to ingest (a 304, a failure)
    /// never waits for a place: it only writes its
    /// state, while the lane fetches the next feed (one such write per lane at a time). Every finish started has finished
    /// (its lease given back) and every lease of a batch not polled has been given back when this returns or throws.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<FeedPollReport>> PollDueAsync(CancellationToken cancellationToken)
    {
        var reports = new System.Collections.Concurrent.ConcurrentQueue<FeedPollReport>();
        var places = ReadPlaces(options);
        using var read = new SemaphoreSlim(places, places);
        var finishing = new List<Task>();
        // Every lane and finish reports here: a queue without a lock, as polls of different hosts end at the same time.
        void Add(FeedPollReport report) => reports.Enqueue(report);

        var due = await store.DueAsync(time.GetUtcNow(), MaxFeedsPerRun, cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        var batches = new IngestionBatches(ingestion, options.ParallelIngestions, MaxArticlesPerIngestion, time, cancellationToken);
        var lane = new Lane(batches, read, finishing, Add, cancellationToken, await SubscriptionsAsync(cancellationToken));
        try
        {
            await Parallel.ForEachAsync(
                due.GroupBy(f => f.Url.IdnHost, StringComparer.OrdinalIgnoreCase),
                new ParallelOptions { MaxDegreeOfParallelism = options.ParallelHosts, CancellationToken = cancellationToken },
                (host, token) => LaneAsync(host, lane, token));
        }
        catch
        {
            await AllQuietlyAsync(Started(finishing));
            throw;
        }

        await Task.WhenAll(Started(finishing));
        return [.. reports];
    }

    /// <summary>
    /// Polls one feed if it can take its lease and the feed is not paused; null when it did not poll. The items are
    /// ingested before the history is saved: a crash in between polls them again, and ingestion knows them by id
    /// and version, so nothing is lost and nothing alerts twice. Any exception of the fetch or the ingestion (other
    /// than this run's cancellation) is recorded as the feed's failed poll (backoff, health), and the lease is always
    /// given back, unchanged when the poll could not be recorded.
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

        var fetched = await FetchAsync(entry.Registration, batchLease: null, TimeSpan.Zero, cancellationToken);
        return fetched is null ? null : await FinishAsync(fetched, subscriptions: null, batches: null, cancellationToken);
    }

    /// <summary>
    /// Ingests a feed body a WebSub hub pushed (its signature already checked) as a poll's would be: new, changed and
    /// seen items alike, the history saved, and the items not ingested named in the feed's <c>health.failedItems</c>
    /// (<see cref="FeedState.AfterPush"/>); null when the feed is gone or paused (the push is dropped). In one instance a
    /// push and a poll of the same feed decide one after the other; across instances an item may be decided twice, and
    /// ingestion knows articles by id and version (a second copy is a duplicate).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyDictionary<FeedItemOutcome, int>?> IngestPushedAsync(string feedId, FeedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedId);
        ArgumentNullException.ThrowIfNull(document);
        var entry = await store.GetAsync(feedId, cancellationToken);
        if (entry is null || entry.Registration.Paused)
        {
            return null;
        }

        var counts = new Dictionary<FeedItemOutcome, int>();
        using (await ingesting.EnterAsync(feedId, cancellationToken))
        {
            var ingested = await DecideAndIngestAsync(feedId, entry.Registration.Defaults(entry.State.Url), entry.State.Primed, document, time.GetUtcNow(), counts, batches: null, cancellationToken);
            if (ingested.Seen is { } seen)
            {
                await store.SaveSeenAsync(feedId, seen, cancellationToken);
            }

            // The push's failed items go in the health as a poll's do (FeedState.AfterPush); a poll holding the lease
            // writes what it reads instead. No write when nothing was or is named.
            // A push's flood (or its read in part) is told in the health as a poll's is, and a push within the ceiling keeps it (until an editor acknowledges it).
            var inPart = document.IsClean ? null : document.Errors[0];
            if (ingested.Failed.Count > 0 || entry.State.Health.FailedItems is { Count: > 0 }
                || ingested.Flood is not null || entry.State.Health.Flood is not null || inPart != entry.State.Health.ReadInPart)
            {
                var now = time.GetUtcNow();
                await store.TryChangeUnleasedAsync(
                    feedId,
                    now,
                    state =>
                    {
                        var pushed = state.AfterPush(ingested.Read, ingested.Failed, now, TimeSpan.FromSeconds(options.MinIntervalSeconds));
                        return pushed with { Health = pushed.Health.AfterRead(ingested.Flood, inPart) };
                    },
                    cancellationToken);
            }
        }

        return counts;
    }

    // One host's due feeds of a batch, fetched one after another; each is finished outside the lane.
    private async ValueTask LaneAsync(IEnumerable<DueFeed> host, Lane lane, CancellationToken token)
    {
        // The lane's last state write that needed no ingestion (a 304, a failure): at most one in flight per lane.
        var written = Task.CompletedTask;
        foreach (var batch in host.Chunk(FeedLeaseBatch.Size))
        {
            // One store call leases the batch (each feed its own lease); the leases not yet handed to a fetch are given back
            // unchanged however the lane leaves (cancelled, or thrown).
            var leases = await LeaseBatchAsync(batch, lane, token);
            try
            {
                foreach (var feed in batch)
                {
                    if (leases.Remove(feed.Id, out var lease))
                    {
                        written = await PollInLaneAsync(feed, lease, written, lane, token);
                    }
                }
            }
            finally
            {
                await FeedLeaseBatch.GiveBackAsync(store, leases.Values.Select(l => l.Lease));
            }
        }
    }

    // A batch's leases by feed, each with its share of the call's time; none when the store failed (each feed of the batch
    // is then reported as failed and stays due for the next run, and the lane goes on).
    private async Task<Dictionary<string, (FeedLease Lease, TimeSpan Time)>> LeaseBatchAsync(DueFeed[] batch, Lane lane, CancellationToken token)
    {
        var leasing = time.GetTimestamp();
        try
        {
            var leases = await store.TryLeaseManyAsync([.. batch.Select(f => f.Id)], time.GetUtcNow(), LeaseDuration, token);
            var share = leases.Count == 0 ? TimeSpan.Zero : time.GetElapsedTime(leasing) / leases.Count;
            return leases.ToDictionary(l => l.FeedId, l => (l, share), StringComparer.Ordinal);
        }
        catch (Exception exception) when (!IsCancellation(exception, token))
        {
            foreach (var feed in batch)
            {
                lane.Add(StoreFailed(feed.Id, exception));
            }

            return new Dictionary<string, (FeedLease, TimeSpan)>(StringComparer.Ordinal);
        }
    }

    // One feed of a lane, its lease in hand: fetched, then finished (a 304 in the lane, a read outside it). Answers the
    // lane's last quiet state write.
    private async Task<Task> PollInLaneAsync(DueFeed feed, (FeedLease Lease, TimeSpan Time) leased, Task written, Lane lane, CancellationToken token)
    {
        Fetched? fetched;
        try
        {
            fetched = await FetchAsync(feed.Registration, leased.Lease, leased.Time, token);
        }
        catch (Exception exception) when (!IsCancellation(exception, token))
        {
            // The store failed before the fetch (the fetch itself never throws): this feed stays due for
            // the next run, and the other feeds of this run go on.
            lane.Add(StoreFailed(feed.Id, exception));
            return written;
        }

        if (fetched is null)
        {
            return written;
        }

        if (!fetched.Ingests)
        {
            // Nothing to match or queue: only the state is written. No place among the feeds read and no hop to
            // another thread (most polls are 304s); the write overlaps the lane's next fetch, one at a time.
            await written;
            written = FinishQuietlyAsync(fetched, lane);
            if (!written.IsCompletedSuccessfully)
            {
                // A write that finished well as it started (the store answered at once) needs no place among the
                // finishes the run waits for: no shared lock per 304 (session 34's trace: 2 % of a lane's CPU). One
                // that failed at once is kept, so the run still sees its fault (review of s34).
                lane.Started(written);
            }

            return written;
        }

        var waiting = time.GetTimestamp();
        try
        {
            // The lane waits here while every place for a feed read is taken.
            await lane.Read.WaitAsync(token);
        }
        catch (OperationCanceledException)
        {
            await ReleaseUnchangedAsync(fetched.Lease);
            throw;
        }

        lane.Started(FinishReadAsync(fetched with { PlaceWait = time.GetElapsedTime(waiting) }, lane));
        return written;
    }

    private static bool IsCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;

    private static Task[] Started(List<Task> finishing)
    {
        lock (finishing)
        {
            return [.. finishing];
        }
    }

    private static async Task AllQuietlyAsync(Task[] tasks)
    {
        try
        {
            await Task.WhenAll(tasks);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The run is being cancelled: that is what the caller hears; each ingestion gave its lease back on the way.
        }
    }

    private FeedPollReport StoreFailed(string feedId, Exception exception) =>
        new(feedId, 0, PollOutcome.Failure($"store failed ({exception.GetType().Name})"), new Dictionary<FeedItemOutcome, int>(), time.GetUtcNow());

    // One feed per address (issue 18): a permanent move recorded by this poll claims the new address as registration
    // claims a feed's; another feed registered there is named in the health (polling goes on, an editor removes one).
    // Until the claim is ours, each poll tries again. A store failure fails this poll, whose state (the move) is then
    // not saved, so the next poll follows the redirect and claims again.
    private async Task<FeedState> ClaimMovedAddressAsync(string feedId, FeedState before, FeedState after, CancellationToken cancellationToken)
    {
        // Most polls keep the very Uri they started with (FeedState.After): no need to normalise both spellings to see it.
        if ((ReferenceEquals(before.Url, after.Url) || FeedAddress.Same(before.Url, after.Url)) && before.Health.AddressHeldBy is null)
        {
            return after;
        }

        var holder = await store.ClaimAddressAsync(feedId, after.Url, time.GetUtcNow(), cancellationToken);
        return after with { Health = after.Health with { AddressHeldBy = holder } };
    }

    // A resume an editor sent while this poll held the lease could not write the state (FeedResumption): when this poll
    // ends gone (a 410, rare: one read of the registration then), a resume since the lease was taken wins and the feed
    // is due at once (session 44). A store failure fails the poll, as the claim above does.
    private async Task<FeedState> ResumedMeanwhileAsync(string feedId, FeedLease lease, FeedState after, CancellationToken cancellationToken)
    {
        if (after.Health.GoneSince is null || lease.State.Health.GoneSince is not null)
        {
            return after;
        }

        var resumedAt = (await store.GetAsync(feedId, cancellationToken))?.Registration.ResumedAt;
        return after with { Health = after.Health.ResumedBy(resumedAt, lease.Until - LeaseDuration) };
    }

    // Takes the lease alone (or with a batch's lease, fresh enough: FeedLeaseBatch.MayStartPoll; an older one is given back
    // and taken again alone) and fetches (and parses) the feed; null when the feed is gone, no longer due or leased
    // elsewhere. On the way out without a result (cancelled, the store failed) the lease is given back unchanged.
    private async Task<Fetched?> FetchAsync(FeedRegistration registration, FeedLease? batchLease, TimeSpan leaseTime, CancellationToken cancellationToken)
    {
        var feedId = registration.Id;
        var lease = batchLease;
        if (lease is not null && !FeedLeaseBatch.MayStartPoll(lease.Until, time.GetUtcNow(), LeaseDuration))
        {
            await ReleaseUnchangedAsync(lease);
            lease = null;
        }

        if (lease is null)
        {
            var leasing = time.GetTimestamp();
            lease = await store.TryLeaseAsync(feedId, time.GetUtcNow(), LeaseDuration, cancellationToken);
            leaseTime += time.GetElapsedTime(leasing);
        }

        if (lease is null)
        {
            return null;
        }

        var handedOver = false;
        try
        {
            FeedFetch fetch;
            var start = time.GetTimestamp();
            try
            {
                fetch = await fetcher.FetchAsync(lease.State.Url, lease.State.Validators, cancellationToken);
            }
            catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
            {
                // Anything the fetcher did not turn into a failure is this feed's failure (backoff, health), not the run's.
                fetch = FeedFetch.Failed($"poll failed ({exception.GetType().Name})");
            }

            var fetched = new Fetched(feedId, registration, lease, fetch, PollOutcome.Of(fetch, time.GetUtcNow()), time.GetElapsedTime(start)) { LeaseTime = leaseTime };
            handedOver = true;
            return fetched;
        }
        finally
        {
            if (!handedOver)
            {
                await ReleaseUnchangedAsync(lease);
            }
        }
    }

    // Ingests what was fetched, then writes the feed's state, and its history when it changed, in one write with its lease:
    // a crash before the write polls the feed again (ingestion knows its articles by id and version). A push of the same
    // feed in this instance waits from the history's read to this write.
    private async Task<FeedPollReport> FinishAsync(
        Fetched fetched, IReadOnlyDictionary<string, WebSubSubscription>? subscriptions, IngestionBatches? batches, CancellationToken cancellationToken)
    {
        var (feedId, registration, lease, fetch, outcome, fetchTime) = fetched;
        var (leaseTime, placeWait, slotWait) = (fetched.LeaseTime, fetched.PlaceWait, TimeSpan.Zero);
        var counts = new Dictionary<FeedItemOutcome, int>();
        var released = false;
        IDisposable? held = null;
        try
        {
            IReadOnlyList<SeenItem>? seen = null;
            (FeedFlood? Flood, string? InPart)? read = null;
            var ingestTime = TimeSpan.Zero;
            if (outcome.Succeeded && fetch.Document is { } document)
            {
                held = await ingesting.EnterAsync(feedId, cancellationToken);
                var start = time.GetTimestamp();
                try
                {
                    var ingested = await DecideAndIngestAsync(feedId, registration.Defaults(fetch.PermanentlyMovedTo ?? lease.State.Url), lease.State.Primed, document, time.GetUtcNow(), counts, batches, cancellationToken);
                    seen = ingested.Seen;
                    slotWait = ingested.SlotWait;
                    outcome = outcome with { FailedItems = ingested.Failed.Count > 0 ? ingested.Failed : null };
                    read = (ingested.Flood, document.IsClean ? null : document.Errors[0]);
                }
                catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
                {
                    // Matching or queueing failed: the poll counts as failed and keeps its validators and its history, so
                    // the next poll reads the feed again and the items not yet remembered are ingested then.
                    outcome = PollOutcome.Failure($"ingestion failed ({exception.GetType().Name})");
                }

                ingestTime = time.GetElapsedTime(start);
            }

            var interval = await IntervalAsync(feedId, registration.Interval, fetch, outcome, subscriptions, cancellationToken);
            var state = lease.State.After(fetch, outcome, time.GetUtcNow(), options.PollSettings(interval));
            if (read is { } decided)
            {
                state = state with { Health = state.Health.AfterRead(decided.Flood, decided.InPart) };
            }

            state = await ClaimMovedAddressAsync(feedId, lease.State, state, cancellationToken);
            state = await ResumedMeanwhileAsync(feedId, lease, state, cancellationToken);
            var writing = time.GetTimestamp();
            await store.ReleaseAsync(lease, state, seen, cancellationToken);
            released = true;
            return new FeedPollReport(feedId, fetch.Status, outcome, counts, state.Health.NextPoll)
            {
                Health = (lease.State.Health, state.Health),
                Timings = new FeedPollTimings(fetchTime > fetch.ParseTime ? fetchTime - fetch.ParseTime : TimeSpan.Zero, fetch.ParseTime, ingestTime, time.GetElapsedTime(writing))
                {
                    Lease = leaseTime,
                    PlaceWait = placeWait,
                    SlotWait = slotWait,
                },
            };
        }
        finally
        {
            if (!released)
            {
                // Cancelled, or the store failed on the way: give the lease back unchanged so the feed is not held until it lapses.
                await ReleaseUnchangedAsync(lease);
            }

            held?.Dispose();
        }
    }

    // A feed read finished outside its lane: its history read, decision and state write are its own, its ingestion
    // (matching, queueing, storing) goes in one of the run's ingestion calls (DecideAndIngestAsync). Never throws but for the run's
    // cancellation (then its lease is given back unchanged), and always frees its place among the feeds read.
    private async Task FinishReadAsync(Fetched fetched, Lane lane)
    {
        try
        {
            // Hand the lane back at once: it fetches the host's next feed while this one is finished.
            await Task.Yield();
            await FinishQuietlyAsync(fetched, lane);
        }
        finally
        {
            lane.Read.Release();
        }
    }

    // Finishes a poll and reports it: never throws but for the run's cancellation.
    private async Task FinishQuietlyAsync(Fetched fetched, Lane lane)
    {
        FeedPollReport report;
        try
        {
            report = await FinishAsync(fetched, lane.Subscriptions, lane.Batches, lane.Run);
        }
        catch (Exception exception) when (!IsCancellation(exception, lane.Run))
        {
            // The store failed after the fetch: the lease was given back unchanged, the feed stays due for the next run.
            report = StoreFailed(fetched.FeedId, exception);
        }

        lane.Add(report);
    }

    // The run's one read of every WebSub subscription, by feed; null without WebSub, or when the read failed (then each
    // poll reads its own, as a single poll does).
    private async Task<IReadOnlyDictionary<string, WebSubSubscription>?> SubscriptionsAsync(CancellationToken cancellationToken)
    {
        if (webSub is null)
        {
            return null;
        }

        try
        {
            return await webSub.AllAsync(cancellationToken);
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return null;
        }
    }

    // After a poll that read a feed naming a hub, the feed is subscribed (or renewed); a live subscription slows polling.
    // The subscription is the run's snapshot unless this poll asked the hub (then it is read again). WebSub trouble never
    // fails the poll: the feed is still polled at its own interval.
    private async Task<TimeSpan> IntervalAsync(
        string feedId, TimeSpan registered, FeedFetch fetch, PollOutcome outcome, IReadOnlyDictionary<string, WebSubSubscription>? subscriptions, CancellationToken cancellationToken)
    {
        if (webSub is null)
        {
            return registered;
        }

        try
        {
            var asked = false;
            if (outcome.Succeeded && WebSubDiscovery.Of(fetch) is { } discovered)
            {
                asked = await webSub.EnsureAsync(feedId, discovered, cancellationToken) != WebSubAction.None;
            }

            var subscription = !asked && subscriptions is not null ? subscriptions.GetValueOrDefault(feedId) : await webSub.GetAsync(feedId, cancellationToken);
            return WebSubRules.PollInterval(registered, subscription, time.GetUtcNow(), TimeSpan.FromMinutes(options.WebSubFallbackPollMinutes));
        }
        catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
        {
            return registered;
        }
    }

    private async Task ReleaseUnchangedAsync(FeedLease lease)
    {
        try
        {
            await store.ReleaseAsync(lease, lease.State, seen: null, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Best effort: the original exception matters more; the lease lapses on its own otherwise.
        }
    }

    // Decides and ingests a read's items; the history to save, or null when it came out as it went in (nothing to write),
    // the items that failed alone (left out of that history, so the next poll retries them), and the ids of every item read.
    // With batches (a run's), the items go in the run's next free ingestion call with other feeds' (group commit): the
    // history read and the deciding before it are the feed's own work; answers the wait for the call too. Without (a
    // single poll, a push) the items are ingested alone at once.
    private async Task<(IReadOnlyList<SeenItem>? Seen, IReadOnlyList<ArticleFailure> Failed, TimeSpan SlotWait, IReadOnlyList<string> Read, FeedFlood? Flood)> DecideAndIngestAsync(
        string feedId, FeedDefaults defaults, bool primed, FeedDocument document, DateTimeOffset received, Dictionary<FeedItemOutcome, int> counts, IngestionBatches? batches,
        CancellationToken cancellationToken)
    {
        var (articles, refused) = FeedArticles.Read(document, defaults, received);
        var seen = await store.SeenAsync(feedId, cancellationToken);
        var history = FeedItemHistory.Decide(!primed, seen, articles);
        // The flood ceiling (trial s45 #1): past it, new items are remembered in the history as seen, and not alerted.
        var (decisions, flood) = FeedFloodCeiling.Apply(history.Decisions, options.MaxNewItemsPerRead, received);
        var decided = history with { Decisions = decisions };
        foreach (var decision in decided.Decisions)
        {
            counts[decision.Outcome] = counts.GetValueOrDefault(decision.Outcome) + 1;
        }

        // The read's new and changed items as one batch (one queue send, shared table transactions); the history is
        // saved only after it, so a failed send ingests them all again at the next poll. An item that fails alone (its
        // plan, its save) is left out of the history and named in the health; the others count as done.
        var alerting = decided.Decisions.Where(d => d.Alerts).Select(d => d.Article).ToList();
        IReadOnlyList<ArticleFailure> failed = [];
        var slotWait = TimeSpan.Zero;
        if (alerting.Count > 0 && batches is not null)
        {
            (failed, slotWait) = await batches.IngestAsync(alerting);
        }
        else if (alerting.Count > 0)
        {
            try
            {
                await ingestion.IngestManyAsync(alerting, dryRun: false, cancellationToken);
            }
            catch (ArticlesNotIngestedException partly)
            {
                failed = partly.Failures;
            }
        }

        var remembered = FeedItemHistory.Forget(seen, decided.Seen, failed.Select(f => f.ArticleId).ToHashSet(StringComparer.Ordinal));
        var kept = FeedItemHistory.Prune(remembered, decided.Decisions, options.SeenItemsPerFeed);
        // Items refused for their text (or with no id or text) are named in the health beside those that failed alone.
        return (FeedItemHistory.Same(seen, kept) ? null : kept, [.. refused, .. failed], slotWait, [.. articles.Select(a => a.Id), .. refused.Select(r => r.ArticleId)], flood);
    }

    // What a run's lanes share: the ingestion calls, the places of feeds read and not yet ingested, the finishes started,
    // the reports, the run's cancellation (a finish outlives its host's lane, so it never takes a lane's token), and the
    // run's snapshot of the WebSub subscriptions.
    private sealed record Lane(
        IngestionBatches Batches, SemaphoreSlim Read, List<Task> Finishing, Action<FeedPollReport> Add, CancellationToken Run, IReadOnlyDictionary<string, WebSubSubscription>? Subscriptions)
    {
        public void Started(Task finish)
        {
            lock (Finishing)
            {
                Finishing.Add(finish);
            }
        }
    }

    private sealed record Fetched(string FeedId, FeedRegistration Registration, FeedLease Lease, FeedFetch Fetch, PollOutcome Outcome, TimeSpan FetchTime)
    {
        // Whether finishing matches and queues items (a feed read), not only writes the state.
        public bool Ingests => Outcome.Succeeded && Fetch.Document is not null;

        // Where the lane's and the finish's time went before the finish (FeedPollTimings).
        public TimeSpan LeaseTime { get; init; }

        public TimeSpan PlaceWait { get; init; }
    }
}
