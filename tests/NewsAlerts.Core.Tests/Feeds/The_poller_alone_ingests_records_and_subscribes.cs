namespace NewsAlerts.Core.Tests.Feeds;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Testing;

/// <summary><see cref="FeedPoller"/> over an in-memory store and a scripted fetcher: no network, no stack.</summary>
public sealed class The_poller_alone_ingests_records_and_subscribes
{
    private static readonly Uri Url = new("https://news.example/feed.xml");
    private static readonly Uri HubUrl = new("https://hub.example/");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryFeedStore store = new();
    private readonly ScriptedFetcher fetcher = new();
    private readonly InMemoryArticles articles = new();
    private readonly InMemoryWebSubStore subscriptions = new();
    private readonly RecordingHub hub = new();
    private readonly FeedOptions options = new();

    private FeedPoller Poller(bool webSub = false, IFeedFetcher? by = null) =>
        new(store, by ?? fetcher, Ingestion(), options, time, webSub ? new WebSubSubscriptions(subscriptions, hub, new Uri("https://alerts.example/"), 3600, time) : null);

    private ArticleIngestion Ingestion() =>
        TestIngestions.Create(articles, new InMemoryLedger(), new Unreachable(), time, [], digests: new Unreachable(), readsDigests: false);

    private async Task<string> AddAsync(bool paused = false)
    {
        var feed = new FeedRegistration("f1", Url, TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), paused, time.GetUtcNow());
        await store.AddAsync(feed, FeedState.New(Url, time.GetUtcNow()), CancellationToken.None);
        return feed.Id;
    }

    private static FeedItem Item(string guid, string body) =>
        new(guid, true, $"https://news.example/{guid}", $"Headline {guid}", null, body, null, new DateTimeOffset(2026, 11, 30, 11, 0, 0, TimeSpan.Zero), [], "en");

    // A feed polled once (item a), whose next read adds item b, and b's article already stored as an earlier ingestion
    // left it: the feed's history knows nothing of it.
    private async Task<(string FeedId, FeedPoller Poller, Article Earlier)> PrimedWithAStoryItsHistoryLostAsync()
    {
        var id = await AddAsync();
        fetcher.Then(Ok(Item("a", "First story."))).Then(Ok(Item("b", "Second story."), Item("a", "First story.")));
        var poller = Poller();
        await poller.PollAsync(id, CancellationToken.None);
        var defaults = (await store.GetAsync(id, CancellationToken.None))!.Registration.Defaults(Url);
        var article = FeedArticles.ToArticle(Item("b", "Second story."), new FeedDocument("rss", "Example", "en", [], []), defaults, time.GetUtcNow()).Value!;
        articles.Saved[article.Id] = article;
        return (id, poller, article);
    }

    private static FeedFetch Ok(params FeedItem[] items) => new(200, new FeedDocument("rss", "Example", "en", items, []), "\"v1\"", null, null, null, null);

    [Fact]
    public async Task The_first_read_records_its_items_without_ingesting_and_a_new_item_is_ingested_on_the_next_poll()
    {
        var id = await AddAsync();
        fetcher.Then(Ok(Item("a", "First story."))).Then(Ok(Item("b", "Second story."), Item("a", "First story.")));
        var poller = Poller();

        var first = await poller.PollAsync(id, CancellationToken.None);
        Assert.Empty(articles.Saved);
        Assert.Equal(1, first!.Counts[FeedItemOutcome.Recorded]);

        time.Advance(TimeSpan.FromMinutes(5));
        var second = await poller.PollAsync(id, CancellationToken.None);

        Assert.Equal(1, second!.Alerted);
        Assert.Equal(["urn:newsalerts:feed:f1:b"], articles.Saved.Keys);
        Assert.Equal(2, (await store.SeenAsync(id, CancellationToken.None)).Count);
        Assert.Equal(time.GetUtcNow().AddMinutes(5), second.NextPoll);
        Assert.Equal(2, store.Releases);
    }

    [Fact]
    public async Task The_next_feed_of_a_host_is_fetched_while_the_previous_one_is_still_being_ingested()
    {
        foreach (var id in new[] { "f1", "f2" })
        {
            var url = new Uri($"https://news.example/{id}.xml");
            await store.AddAsync(new FeedRegistration(id, url, TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), false, time.GetUtcNow()), FeedState.New(url, time.GetUtcNow()), CancellationToken.None);
        }

        fetcher.Then(Ok(Item("a", "First story.")));
        var poller = Poller();
        Assert.Equal(2, (await poller.PollDueAsync(CancellationToken.None)).Count);
        time.Advance(TimeSpan.FromMinutes(5));
        fetcher.Then(Ok(Item("b", "Second story."), Item("a", "First story.")));
        articles.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Both feeds are on one host: the first one's ingestion is held, and the second one is fetched all the same.
        var run = poller.PollDueAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(fetcher.Calls == 4 && articles.Waiting == 2), "both feeds fetched and both ingestions under way");
        Assert.False(run.IsCompleted);
        Assert.Equal(2, store.Releases);

        articles.Gate.SetResult();
        var reports = await run;

        Assert.Equal([1, 1], reports.Select(r => r.Alerted));
        Assert.Equal(4, store.Releases);
        Assert.Equal(2, articles.Saved.Count);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(12, 9)]
    [InlineData(30, 9)]
    public async Task A_hosts_lane_fetches_on_while_the_one_ingestion_call_is_busy_until_the_places_are_taken(int feeds, int fetchedWhileHeld)
    {
        // One ingestion call and 8 places for feeds read: the first feed read is ingested while the lane fetches on, up to
        // the 8 places and one more feed in hand, then waits (the feeds waiting then share calls: Ingestion_batches_group_the_feeds_that_wait).
        // Every feed is on one host and gets a new item.
        options.ParallelIngestions = 1;
        Assert.Equal(8, FeedPoller.ReadPlaces(options));
        await AddManyAsync(feeds, hosts: 1);
        var changed = 0;
        var by = new FetcherByUrl(_ => Volatile.Read(ref changed) == 1 ? Ok(Item("b", "Second story."), Item("a", "First story.")) : Ok(Item("a", "First story.")));
        var poller = Poller(by: by);
        Assert.Equal(feeds, (await poller.PollDueAsync(CancellationToken.None)).Count);
        time.Advance(TimeSpan.FromMinutes(5));
        Volatile.Write(ref changed, 1);
        articles.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = poller.PollDueAsync(CancellationToken.None);

        await Eventually.TrueAsync(() => Task.FromResult(by.Calls == feeds + fetchedWhileHeld && articles.Waiting == 1), "the lane fetched on while the one call is held");
        Assert.False(run.IsCompleted);
        Assert.Equal(feeds + fetchedWhileHeld, by.Calls);
        Assert.Equal(1, articles.Waiting);
        articles.Gate.SetResult();
        var reports = await run;

        Assert.Equal(feeds, reports.Count(r => r.Alerted == 1));
        Assert.Equal(feeds, articles.Saved.Count);
        Assert.Equal(2 * feeds, by.Calls);
        Assert.Equal(2 * feeds, store.Releases);
    }

    [Fact]
    public async Task Polls_and_pushes_of_many_feeds_leave_no_per_feed_gate_behind()
    {
        await AddManyAsync(50, hosts: 5);
        var changed = 0;
        var by = new FetcherByUrl(_ => Volatile.Read(ref changed) == 1 ? Ok(Item("b", "Second story."), Item("c", "Third story."), Item("a", "First story.")) : Ok(Item("a", "First story.")));
        var poller = Poller(by: by);
        Assert.Equal(50, (await poller.PollDueAsync(CancellationToken.None)).Count);
        time.Advance(TimeSpan.FromMinutes(5));
        Volatile.Write(ref changed, 1);

        var reports = await poller.PollDueAsync(CancellationToken.None);
        var feedId = reports[0].FeedId;
        await poller.IngestPushedAsync(feedId, new FeedDocument("rss", "Example", "en", [Item("d", "Fourth story.")], []), CancellationToken.None);

        // Two new items per feed, ingested as one batch each; the gates went with their polls.
        Assert.All(reports, r => Assert.Equal(2, r.Alerted));
        Assert.Equal(101, articles.Saved.Count);
        Assert.Equal(0, poller.FeedsIngesting);
    }

    [Theory]
    [InlineData(2_001, 1)]
    [InlineData(4_007, 40)]
    public async Task A_run_asks_the_store_once_and_polls_every_due_feed_once_while_one_ingestion_is_held(int feeds, int hosts)
    {
        var urls = await AddManyAsync(feeds, hosts);
        var changedUrl = default(Uri);
        var by = new FetcherByUrl(url => url == Volatile.Read(ref changedUrl) ? Ok(Item("b", "Second story."), Item("a", "First story.")) : Ok(Item("a", "First story.")));
        var poller = Poller(by: by);
        Assert.Equal(feeds, (await poller.PollDueAsync(CancellationToken.None)).Count);
        time.Advance(TimeSpan.FromMinutes(5));

        // A feed changed, and its ingestion is held: every other feed is polled meanwhile, each once, from one query, and
        // no feed is read on its own before its lease.
        var first = (await store.DueAsync(time.GetUtcNow(), 1, CancellationToken.None))[0];
        Volatile.Write(ref changedUrl, first.Url);
        articles.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (queries, gets) = (store.DueQueries, store.Gets);
        var run = poller.PollDueAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(by.Calls == 2 * feeds && articles.Waiting == 1), "every feed fetched while one ingestion is held");
        Assert.False(run.IsCompleted);

        articles.Gate.SetResult();
        var reports = await run;

        Assert.Equal(feeds, reports.Select(r => r.FeedId).Distinct().Count());
        Assert.Equal(feeds, reports.Count);
        Assert.Equal(first.Id, Assert.Single(reports, r => r.Alerted > 0).FeedId);
        Assert.Equal(2 * feeds, by.Calls);
        Assert.Equal(urls.Count, feeds);
        Assert.Equal(queries + 1, store.DueQueries);
        Assert.Equal(gets, store.Gets);
    }

    [Fact]
    public async Task A_poll_writes_its_history_with_its_state_and_only_when_the_history_changed()
    {
        var id = await AddAsync();
        var unchanged = Ok(Item("a", "First story."));
        fetcher.Then(unchanged).Then(unchanged).Then(new FeedFetch(304, null, "\"v1\"", null, null, null, null)).Then(Ok(Item("b", "Second story."), Item("a", "First story.")));
        var poller = Poller();

        await poller.PollAsync(id, CancellationToken.None);
        Assert.Equal((1, 1), (store.SeenWrites, store.Releases));

        // Read again, nothing new (a server without validators): no history write and no article read; a 304: none either.
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(FeedItemOutcome.Unchanged, Assert.Single((await poller.PollAsync(id, CancellationToken.None))!.Counts).Key);
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(304, (await poller.PollAsync(id, CancellationToken.None))!.Status);
        Assert.Equal((1, 3), (store.SeenWrites, store.Releases));
        Assert.Equal(0, articles.Reads);

        time.Advance(TimeSpan.FromMinutes(5));
        var changed = await poller.PollAsync(id, CancellationToken.None);

        Assert.Equal(1, changed!.Alerted);
        Assert.Equal((2, 4), (store.SeenWrites, store.Releases));
        Assert.Equal(1, articles.Reads);
        Assert.Equal(2, (await store.SeenAsync(id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_polls_report_splits_its_time_into_fetch_parse_ingest_and_state_write()
    {
        var id = await AddAsync();
        fetcher.Then(() =>
        {
            // The request took 40 ms on the poller's clock, 10 of them parsing (as the fetcher measured it).
            time.Advance(TimeSpan.FromMilliseconds(40));
            return Ok(Item("a", "x")) with { ParseTime = TimeSpan.FromMilliseconds(10) };
        });

        var report = await Poller().PollAsync(id, CancellationToken.None);

        Assert.Equal(new FeedPollTimings(TimeSpan.FromMilliseconds(30), TimeSpan.FromMilliseconds(10), TimeSpan.Zero, TimeSpan.Zero), report!.Timings);
    }

    [Fact]
    public async Task A_run_reads_the_websub_subscriptions_once_and_a_feed_that_asked_its_hub_reads_its_own_again()
    {
        await AddManyAsync(12, 3);
        var withHub = Ok(Item("a", "x")) with { Hubs = [HubUrl], Self = Url };
        var by = new FetcherByUrl(url => url.AbsolutePath == "/0.xml" ? withHub : Ok(Item("a", "x")));
        var poller = Poller(webSub: true, by: by);

        var reports = await poller.PollDueAsync(CancellationToken.None);

        Assert.Equal(12, reports.Count);
        Assert.Equal(1, subscriptions.Lists);
        Assert.Single(hub.Requests);
        // Only the feed that asked its hub in this poll read its subscription again (EnsureAsync reads it once too).
        Assert.Equal(2, subscriptions.Gets);
    }

    private async Task<List<Uri>> AddManyAsync(int feeds, int hosts)
    {
        var urls = new List<Uri>();
        for (var i = 0; i < feeds; i++)
        {
            var url = new Uri($"https://news{i % hosts}.example/{i}.xml");
            urls.Add(url);
            await store.AddAsync(new FeedRegistration($"f{i}", url, TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), false, time.GetUtcNow()), FeedState.New(url, time.GetUtcNow()), CancellationToken.None);
        }

        return urls;
    }

    [Fact]
    public async Task An_item_whose_ingestion_failed_is_not_remembered_and_is_ingested_by_the_next_poll()
    {
        var id = await AddAsync();
        fetcher.Then(Ok(Item("a", "First story."))).Then(Ok(Item("b", "Second story."), Item("a", "First story.")));
        var poller = Poller();
        await poller.PollAsync(id, CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(5));
        articles.FailingSaves = 1;
        var failed = await poller.PollAsync(id, CancellationToken.None);

        // The item failed alone: the read succeeded, the item is named with its reason and left out of the history.
        Assert.True(failed!.Outcome.Succeeded);
        var item = Assert.Single(failed.Outcome.FailedItems!);
        Assert.Equal("urn:newsalerts:feed:f1:b", item.ArticleId);
        Assert.Contains("IOException", item.Reason, StringComparison.Ordinal);
        Assert.Equal([item], (await store.GetAsync(id, CancellationToken.None))!.State.Health.FailedItems);
        Assert.Empty(articles.Saved);
        Assert.Equal(["urn:newsalerts:feed:f1:a"], (await store.SeenAsync(id, CancellationToken.None)).Select(s => s.ArticleId));

        time.Advance(TimeSpan.FromMinutes(10));
        var retried = await poller.PollAsync(id, CancellationToken.None);

        Assert.True(retried!.Outcome.Succeeded);
        Assert.Equal(1, retried.Alerted);
        Assert.Equal(["urn:newsalerts:feed:f1:b"], articles.Saved.Keys);
        Assert.Equal(2, (await store.SeenAsync(id, CancellationToken.None)).Count);
        Assert.Null((await store.GetAsync(id, CancellationToken.None))!.State.Health.FailedItems);
    }

    // Issue 18 (batch review): one item the store refuses every time (an over-long key) must not block the feed's other
    // items, poll after poll; the good ones go in at once, the bad one is named in the health and only it is retried.
    [Fact]
    public async Task An_item_the_store_always_refuses_does_not_block_the_others_and_alone_is_retried()
    {
        var id = await AddAsync();
        fetcher.Then(Ok(Item("a", "First story.")))
            .Then(Ok(Item("b", "Second story."), Item("bad", "Bad story."), Item("c", "Third story."), Item("a", "First story.")))
            .Then(Ok(Item("b", "Second story."), Item("bad", "Bad story."), Item("c", "Third story."), Item("a", "First story.")));
        var poller = Poller();
        await poller.PollAsync(id, CancellationToken.None);
        articles.Refused.Add("urn:newsalerts:feed:f1:bad");

        time.Advance(TimeSpan.FromMinutes(5));
        var second = await poller.PollAsync(id, CancellationToken.None);

        Assert.True(second!.Outcome.Succeeded);
        Assert.Equal(["urn:newsalerts:feed:f1:b", "urn:newsalerts:feed:f1:c"], articles.Saved.Keys.Order(StringComparer.Ordinal));
        var bad = Assert.Single((await store.GetAsync(id, CancellationToken.None))!.State.Health.FailedItems!);
        Assert.Equal(("urn:newsalerts:feed:f1:bad", "InvalidDataException: the key is out of range"), (bad.ArticleId, bad.Reason));
        Assert.DoesNotContain("urn:newsalerts:feed:f1:bad", (await store.SeenAsync(id, CancellationToken.None)).Select(s => s.ArticleId));

        time.Advance(TimeSpan.FromMinutes(5));
        var reads = articles.Reads;
        var third = await poller.PollAsync(id, CancellationToken.None);

        // Only the bad item is tried again (one read of the stored story), and it is still named.
        Assert.Equal(1, third!.Alerted);
        Assert.Equal(1, articles.Reads - reads);
        Assert.Equal("urn:newsalerts:feed:f1:bad", Assert.Single(third.Outcome.FailedItems!).ArticleId);
    }

    // Issue 18 (leftovers): an item ingested earlier whose history line was lost (its poll failed after the save, say
    // while writing the recent line) is new to the history and a duplicate to ingestion. The duplicate completes what
    // the first save left out (the recent line and short link) and the history remembers the item, so it is neither
    // alerted again nor retried at every poll.
    [Fact]
    public async Task A_retried_item_found_already_stored_is_completed_and_remembered_not_retried()
    {
        var (id, poller, earlier) = await PrimedWithAStoryItsHistoryLostAsync();

        time.Advance(TimeSpan.FromMinutes(5));
        var retried = await poller.PollAsync(id, CancellationToken.None);

        Assert.Null(retried!.Outcome.FailedItems);
        Assert.Equal([earlier.Id], articles.Completed);
        Assert.Contains(earlier.Id, (await store.SeenAsync(id, CancellationToken.None)).Select(s => s.ArticleId));

        time.Advance(TimeSpan.FromMinutes(5));
        var reads = articles.Reads;
        var after = await poller.PollAsync(id, CancellationToken.None);

        Assert.Equal(2, after!.Counts[FeedItemOutcome.Unchanged]);
        Assert.Equal(reads, articles.Reads);
        Assert.Single(articles.Completed);
    }

    [Fact]
    public async Task A_duplicate_whose_completion_fails_is_named_and_retried_until_completed()
    {
        var (id, poller, earlier) = await PrimedWithAStoryItsHistoryLostAsync();
        articles.FailingCompletions = 1;

        time.Advance(TimeSpan.FromMinutes(5));
        var failed = await poller.PollAsync(id, CancellationToken.None);

        var item = Assert.Single(failed!.Outcome.FailedItems!);
        Assert.Equal((earlier.Id, "IOException: the recent lines are down"), (item.ArticleId, item.Reason));
        Assert.DoesNotContain(earlier.Id, (await store.SeenAsync(id, CancellationToken.None)).Select(s => s.ArticleId));

        time.Advance(TimeSpan.FromMinutes(5));
        var retried = await poller.PollAsync(id, CancellationToken.None);

        Assert.Null(retried!.Outcome.FailedItems);
        Assert.Equal([earlier.Id], articles.Completed);
        Assert.Contains(earlier.Id, (await store.SeenAsync(id, CancellationToken.None)).Select(s => s.ArticleId));
    }

    [Fact]
    public async Task A_dry_run_of_a_duplicate_completes_nothing()
    {
        var article = new Article("urn:x:dry", 1, "Headline", "Body", null, null, "en", [], 5, null, time.GetUtcNow());
        articles.Saved[article.Id] = article;

        var result = await Ingestion().IngestAsync(article, dryRun: true, CancellationToken.None);
        var real = await Ingestion().IngestAsync(article, dryRun: false, CancellationToken.None);

        Assert.Equal((VersionDecision.Duplicate, VersionDecision.Duplicate), (result.Decision, real.Decision));
        Assert.Equal([article.Id], articles.Completed);
    }

    [Fact]
    public async Task A_feed_not_yet_due_or_paused_is_not_fetched()
    {
        var id = await AddAsync();
        fetcher.Then(Ok(Item("a", "x")));
        var poller = Poller();
        await poller.PollAsync(id, CancellationToken.None);

        Assert.Null(await poller.PollAsync(id, CancellationToken.None));
        await store.SaveAsync((await store.GetAsync(id, CancellationToken.None))!.Registration with { Paused = true }, CancellationToken.None);
        time.Advance(TimeSpan.FromHours(1));
        Assert.Null(await poller.PollAsync(id, CancellationToken.None));
        Assert.Empty(await poller.PollDueAsync(CancellationToken.None));
        Assert.Equal(1, fetcher.Calls);
    }

    [Fact]
    public async Task A_fetcher_that_throws_is_the_feeds_failed_poll_and_the_lease_is_given_back()
    {
        var id = await AddAsync();
        fetcher.Then(() => throw new InvalidOperationException("boom"));

        var report = await Poller().PollAsync(id, CancellationToken.None);

        Assert.False(report!.Outcome.Succeeded);
        Assert.Contains("InvalidOperationException", report.Outcome.Error, StringComparison.Ordinal);
        var state = (await store.GetAsync(id, CancellationToken.None))!.State;
        Assert.Equal(1, state.Health.ConsecutiveFailures);
        Assert.False(state.Primed);
        Assert.Equal(1, store.Releases);
    }

    [Fact]
    public async Task A_pushed_body_is_ingested_as_a_poll_would_and_the_next_poll_finds_it_seen()
    {
        var id = await AddAsync();
        fetcher.Then(Ok(Item("a", "x"))).Then(Ok(Item("b", "pushed"), Item("a", "x")));
        var poller = Poller();
        await poller.PollAsync(id, CancellationToken.None);

        var pushed = await poller.IngestPushedAsync(id, Ok(Item("b", "pushed"), Item("a", "x")).Document!, CancellationToken.None);
        Assert.Equal(1, pushed![FeedItemOutcome.New]);
        Assert.Equal(["urn:newsalerts:feed:f1:b"], articles.Saved.Keys);

        time.Advance(TimeSpan.FromMinutes(5));
        var polled = await poller.PollAsync(id, CancellationToken.None);
        Assert.Equal(0, polled!.Alerted);
    }

    // Session 43: a push's items that were not ingested went nowhere; only the next poll named them. Both kinds (one the
    // store refuses, one refused for its text) are named at once, the next poll reads in full and soon, and a push that
    // holds a named item and ingests it clears it.
    [Fact]
    public async Task A_pushed_bodys_failed_items_are_named_in_the_health_as_a_polls_are()
    {
        var id = await AddAsync();
        fetcher.Then(Ok(Item("a", "x")));
        var poller = Poller();
        await poller.PollAsync(id, CancellationToken.None);
        var polled = (await store.GetAsync(id, CancellationToken.None))!.State;
        articles.Refused.Add("urn:newsalerts:feed:f1:bad");

        await poller.IngestPushedAsync(id, Ok(Item("bad", "Bad story."), Item("hidden", "Text \uE000 hidden."), Item("b", "Good story."), Item("a", "x")).Document!, CancellationToken.None);

        var state = (await store.GetAsync(id, CancellationToken.None))!.State;
        Assert.Equal(
            ["urn:newsalerts:feed:f1:bad", "urn:newsalerts:feed:f1:hidden"],
            state.Health.FailedItems!.Select(f => f.ArticleId).Order(StringComparer.Ordinal));
        Assert.Contains("private-use", state.Health.FailedItems!.Single(f => f.ArticleId.EndsWith("hidden", StringComparison.Ordinal)).Reason, StringComparison.Ordinal);
        Assert.Equal(["urn:newsalerts:feed:f1:b"], articles.Saved.Keys);
        Assert.Equal(FeedValidators.None, state.Validators);
        Assert.Equal(time.GetUtcNow().AddSeconds(options.MinIntervalSeconds), state.Health.NextPoll);
        Assert.True(state.Health.NextPoll < polled.Health.NextPoll);

        // The store takes the bad item now; a push holding it clears it, and the item it did not hold stays named.
        articles.Refused.Clear();
        await poller.IngestPushedAsync(id, Ok(Item("bad", "Bad story."), Item("a", "x")).Document!, CancellationToken.None);

        Assert.Equal("urn:newsalerts:feed:f1:hidden", Assert.Single((await store.GetAsync(id, CancellationToken.None))!.State.Health.FailedItems!).ArticleId);
        Assert.Contains("urn:newsalerts:feed:f1:bad", articles.Saved.Keys);
    }

    [Fact]
    public async Task A_poll_that_finds_a_hub_subscribes_and_a_live_lease_with_a_signed_push_slows_the_next_poll_to_the_fallback()
    {
        var id = await AddAsync();
        var withHub = Ok(Item("a", "x")) with { Hubs = [HubUrl], Self = Url };
        fetcher.Then(withHub);
        var poller = Poller(webSub: true);

        var first = await poller.PollAsync(id, CancellationToken.None);
        var request = Assert.Single(hub.Requests);
        var state = subscriptions.Saved[id].State;
        Assert.Matches("^[0-9a-f]{32}$", state);
        Assert.Equal(new Uri($"https://alerts.example/api/websub/f1?state={state}"), request.Callback);
        Assert.Equal(Url, request.Topic);
        Assert.Equal(time.GetUtcNow().AddMinutes(5), first!.NextPoll);

        // The hub verifies our intent and pushes a signed body; from then on the feed is polled hourly, and a poll does not ask again.
        var verdict = WebSubRules.Verify(subscriptions.Saved[id], new WebSubVerification("subscribe", Url.AbsoluteUri, "c", "3600", null, state), time.GetUtcNow());
        await subscriptions.SaveAsync(verdict.Next!, CancellationToken.None);
        await new WebSubSubscriptions(subscriptions, hub, new Uri("https://alerts.example/"), 3600, time).RecordPushAsync(verdict.Next!, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(5));
        var second = await poller.PollAsync(id, CancellationToken.None);

        Assert.Equal(time.GetUtcNow().AddMinutes(options.WebSubFallbackPollMinutes), second!.NextPoll);
        Assert.Single(hub.Requests);
    }

    [Fact]
    public async Task A_hub_that_refuses_the_request_leaves_the_feed_polled_at_its_own_interval()
    {
        var failing = new RecordingHub("hub answered HTTP 500");
        var id = await AddAsync();
        fetcher.Then(Ok(Item("a", "x")) with { Hubs = [HubUrl], Self = Url });
        var poller = new FeedPoller(store, fetcher, Ingestion(), options, time, new WebSubSubscriptions(subscriptions, failing, new Uri("https://alerts.example/"), 3600, time));

        var report = await poller.PollAsync(id, CancellationToken.None);

        Assert.True(report!.Outcome.Succeeded);
        Assert.Equal(time.GetUtcNow().AddMinutes(5), report.NextPoll);
        Assert.Equal("hub answered HTTP 500", subscriptions.Saved[id].LastError);
        Assert.False(subscriptions.Saved[id].Pending);
    }
}
