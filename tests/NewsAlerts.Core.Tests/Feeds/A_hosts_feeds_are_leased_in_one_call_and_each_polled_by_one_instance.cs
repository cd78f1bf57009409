namespace NewsAlerts.Core.Tests.Feeds;

using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Testing;

/// <summary>
/// Issue 18 (the poller's waits): a host lane leases its due feeds in one store call per <see cref="FeedLeaseBatch.Size"/>
/// feeds instead of one per feed; each lease is still the feed's own, so two instances never poll one feed at once and
/// a crashed instance's leases lapse after <see cref="FeedPoller.LeaseDuration"/>, as a lease taken alone does; a lease
/// that aged in its batch is given back and taken again alone (<see cref="FeedLeaseBatch.MayStartPoll"/>).
/// </summary>
public sealed class A_hosts_feeds_are_leased_in_one_call_and_each_polled_by_one_instance
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero));
    private readonly InMemoryFeedStore store = new();
    private readonly InMemoryArticles articles = new();
    private readonly FeedOptions options = new();

    private static FeedFetch NotModified => new(304, null, "\"v1\"", null, null, null, null);

    private FeedPoller Poller(IFeedFetcher fetcher) =>
        new(store, fetcher, TestIngestions.Create(articles, new InMemoryLedger(), new Unreachable(), time, [], digests: new Unreachable(), readsDigests: false), options, time);

    private async Task AddAsync(int feeds, int hosts)
    {
        for (var i = 0; i < feeds; i++)
        {
            var url = new Uri($"https://news{i % hosts}.example/{i}.xml");
            await store.AddAsync(new FeedRegistration($"f{i}", url, TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), false, time.GetUtcNow()), FeedState.New(url, time.GetUtcNow()), CancellationToken.None);
        }
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(100, 1, 1)]
    [InlineData(101, 1, 2)]
    [InlineData(250, 1, 3)]
    [InlineData(250, 5, 5)]
    public async Task A_hosts_due_feeds_are_leased_one_call_per_hundred_and_each_polled_once(int feeds, int hosts, int calls)
    {
        await AddAsync(feeds, hosts);
        var fetcher = new FetcherByUrl(_ => NotModified);

        var reports = await Poller(fetcher).PollDueAsync(CancellationToken.None);

        Assert.Equal(feeds, reports.Select(r => r.FeedId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(feeds, fetcher.Calls);
        Assert.Equal(calls, store.LeaseCalls);
        Assert.Equal(0, store.SingleLeases);
        Assert.Equal(feeds, store.Releases);
        Assert.Empty(await store.DueAsync(time.GetUtcNow(), 10_000, CancellationToken.None));
    }

    [Fact]
    public async Task Two_instances_that_read_the_same_due_feeds_poll_each_feed_once()
    {
        await AddAsync(300, 3);
        store.HoldDueAnswersUntil(2);
        var fetched = new ConcurrentDictionary<Uri, int>();
        var fetcher = new FetcherByUrl(url =>
        {
            fetched.AddOrUpdate(url, 1, (_, n) => n + 1);
            return NotModified;
        });

        // Both instances' due queries answer the same 300 feeds; then both lanes race to lease them.
        var both = await Task.WhenAll(Poller(fetcher).PollDueAsync(CancellationToken.None), Poller(fetcher).PollDueAsync(CancellationToken.None));

        Assert.Equal(300, fetched.Count);
        Assert.All(fetched.Values, n => Assert.Equal(1, n));
        Assert.Equal(300, both.Sum(r => r.Count));
        Assert.Equal(300, both.SelectMany(r => r).Select(r => r.FeedId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(300, store.Releases);
    }

    [Fact]
    public async Task A_feed_leased_by_a_batch_is_not_due_elsewhere_until_its_lease_lapses_as_one_taken_alone()
    {
        await AddAsync(3, 1);
        var poller = Poller(new FetcherByUrl(_ => NotModified));

        // An instance leased the batch and died before polling any of it: the feeds wait out the lease, no longer.
        var taken = await store.TryLeaseManyAsync(["f0", "f1", "f2"], time.GetUtcNow(), poller.LeaseDuration, CancellationToken.None);
        Assert.Equal(["f0", "f1", "f2"], taken.Select(l => l.FeedId));
        Assert.All(taken, l => Assert.Equal(time.GetUtcNow() + poller.LeaseDuration, l.Until));
        Assert.Empty(await store.TryLeaseManyAsync(["f0", "f1", "f2"], time.GetUtcNow(), poller.LeaseDuration, CancellationToken.None));

        time.Advance(poller.LeaseDuration - TimeSpan.FromSeconds(1));
        Assert.Empty(await poller.PollDueAsync(CancellationToken.None));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(3, (await poller.PollDueAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_lease_that_aged_in_its_batch_is_given_back_and_taken_again_alone()
    {
        await AddAsync(3, 1);

        // Each fetch takes 20 s (a slow host): after the first, the batch's leases have less than nine tenths of the
        // 160 s lease left, so each later feed is leased again alone before its fetch.
        var fetcher = new FetcherByUrl(_ =>
        {
            time.Advance(TimeSpan.FromSeconds(20));
            return NotModified;
        });
        var poller = Poller(fetcher);

        var reports = await poller.PollDueAsync(CancellationToken.None);

        Assert.Equal(3, reports.Count);
        Assert.All(reports, r => Assert.True(r.Outcome.Succeeded));
        Assert.Equal(1, store.LeaseCalls);
        Assert.Equal(2, store.SingleLeases);
        Assert.Equal(3 + 2, store.Releases);
        Assert.Equal(3, fetcher.Calls);
    }

    [Fact]
    public async Task A_cancelled_run_gives_back_the_batch_leases_it_had_not_polled()
    {
        await AddAsync(50, 1);
        using var cancel = new CancellationTokenSource();
        var fetcher = new CancellingFetcher(cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Poller(fetcher).PollDueAsync(cancel.Token));

        // The first feed was fetched (then its state written or given back); the 49 others are due again at once, not
        // held until their leases lapse.
        Assert.True((await store.DueAsync(time.GetUtcNow(), 100, CancellationToken.None)).Count >= 49);
        Assert.Equal(2, fetcher.Calls);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(15.999, true)]
    [InlineData(16, true)]
    [InlineData(16.001, false)]
    [InlineData(160, false)]
    [InlineData(200, false)]
    public void A_batch_lease_may_start_a_poll_while_nine_tenths_of_it_is_left(double secondsSinceTaken, bool mayStart)
    {
        var taken = new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero);
        var duration = TimeSpan.FromSeconds(160);

        Assert.Equal(mayStart, FeedLeaseBatch.MayStartPoll(taken + duration, taken + TimeSpan.FromSeconds(secondsSinceTaken), duration));
    }

    [Fact]
    public void A_lease_without_a_duration_is_refused()
    {
        var now = DateTimeOffset.UnixEpoch;
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedLeaseBatch.MayStartPoll(now, now, TimeSpan.Zero));
    }

    // Cancels the run during its first fetch; a fetch asked after that is cancelled, as HttpFeedFetcher's is.
    private sealed class CancellingFetcher(CancellationTokenSource cancel) : IFeedFetcher
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public Task<FeedFetch> FetchAsync(Uri url, FeedValidators validators, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                cancel.Cancel();
                return Task.FromResult(NotModified);
            }

            return Task.FromCanceled<FeedFetch>(cancellationToken);
        }
    }
}
