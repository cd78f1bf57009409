namespace NewsAlerts.Core.Tests.Feeds;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Testing;

/// <summary><see cref="IngestionBatches"/>: a run's feeds that wait for ingestion share one call, each learns its own outcome.</summary>
public sealed class Ingestion_batches_group_the_feeds_that_wait
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryArticles articles = new();

    private IngestionBatches Batches(int parallel, int maxArticles = 100, IReadOnlyCollection<Subscriber>? subscribers = null, CancellationToken run = default) =>
        new(TestIngestions.Create(articles, new InMemoryLedger(), new Unreachable(), time, subscribers ?? [], digests: new Unreachable(), readsDigests: false), parallel, maxArticles, time, run);

    private static Article Story(string id, string body = "Nothing anyone follows.") =>
        new(id, 1, $"Headline {id}", body, null, "Example", "en", [], 3, null, new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Feeds_that_arrive_while_the_one_call_runs_go_together_in_the_next()
    {
        var batches = Batches(parallel: 1);
        articles.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = batches.IngestAsync([Story("a")]);
        await Eventually.TrueAsync(() => Task.FromResult(articles.Waiting == 1), "the first feed's call is under way");

        var waiting = new[] { batches.IngestAsync([Story("b")]), batches.IngestAsync([Story("c"), Story("d")]), batches.IngestAsync([Story("e")]) };
        Assert.Equal(1, batches.Calls);
        articles.Gate.SetResult();

        Assert.Empty((await first).Failed);
        Assert.All(await Task.WhenAll(waiting), r => Assert.Empty(r.Failed));
        Assert.Equal(2, batches.Calls);
        Assert.Equal(["a", "b", "c", "d", "e"], articles.Saved.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task With_a_call_free_a_feeds_items_go_at_once_alone()
    {
        var batches = Batches(parallel: 2);
        articles.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = batches.IngestAsync([Story("a")]);
        var second = batches.IngestAsync([Story("b")]);

        // Two calls, each held in its save: the second feed did not wait for the first's call.
        await Eventually.TrueAsync(() => Task.FromResult(articles.Waiting == 2), "both feeds' calls under way");
        Assert.Equal(2, batches.Calls);
        articles.Gate.SetResult();
        await Task.WhenAll(first, second);
    }

    [Theory]
    [InlineData(new[] { 1 }, 100, 1)]
    [InlineData(new[] { 3, 4, 5 }, 100, 3)]
    [InlineData(new[] { 60, 50 }, 100, 1)]
    [InlineData(new[] { 60, 40, 1 }, 100, 2)]
    [InlineData(new[] { 150, 1 }, 100, 1)]
    [InlineData(new[] { 1, 150 }, 100, 1)]
    [InlineData(new int[0], 100, 0)]
    public void A_call_takes_the_oldest_feed_and_the_next_while_they_fit(int[] counts, int max, int taken) =>
        Assert.Equal(taken, IngestionBatches.TakeCount(counts, max));

    [Fact]
    public async Task The_article_limit_splits_waiting_feeds_between_calls_but_never_a_feed()
    {
        var batches = Batches(parallel: 1, maxArticles: 3);
        articles.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = batches.IngestAsync([Story("a")]);
        await Eventually.TrueAsync(() => Task.FromResult(articles.Waiting == 1), "the first call under way");
        var waiting = new[]
        {
            batches.IngestAsync([Story("b"), Story("c")]),
            batches.IngestAsync([Story("d"), Story("e")]),
            batches.IngestAsync([Story("f"), Story("g"), Story("h"), Story("i")]),
        };
        articles.Gate.SetResult();
        await first;
        await Task.WhenAll(waiting);

        // a alone; b+c (d+e would make 4); d+e; f..i alone though over the limit.
        Assert.Equal(4, batches.Calls);
        Assert.Equal(9, articles.Saved.Count);
    }

    [Fact]
    public async Task An_article_that_fails_alone_is_named_to_its_own_feed_only()
    {
        var batches = Batches(parallel: 1);
        articles.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = batches.IngestAsync([Story("a")]);
        await Eventually.TrueAsync(() => Task.FromResult(articles.Waiting == 1), "the first call under way");
        articles.Refused.Add("c");
        var good = batches.IngestAsync([Story("b")]);
        var bad = batches.IngestAsync([Story("c"), Story("d")]);
        articles.Gate.SetResult();
        await first;

        Assert.Empty((await good).Failed);
        Assert.Equal(["c"], (await bad).Failed.Select(f => f.ArticleId));
        Assert.Equal(2, batches.Calls);
        Assert.Equal(["a", "b", "d"], articles.Saved.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_shared_call_that_fails_as_a_whole_is_made_again_per_feed_so_only_the_failing_feed_fails()
    {
        // The one subscriber follows "quake": its alert's send fails (the publisher is down), which fails the call as a whole.
        var subscriber = new Subscriber("s1", "s1@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "quake", false)], 2, time.GetUtcNow());
        var batches = Batches(parallel: 1, subscribers: [subscriber]);
        articles.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = batches.IngestAsync([Story("a")]);
        await Eventually.TrueAsync(() => Task.FromResult(articles.Waiting == 1), "the first call under way");
        var quiet = batches.IngestAsync([Story("b")]);
        var alerting = batches.IngestAsync([Story("c", "A quake shook the city.")]);
        articles.Gate.SetResult();
        await first;

        // The shared call (b and c) failed; each went again alone: b was ingested, c failed on its own.
        Assert.Empty((await quiet).Failed);
        await Assert.ThrowsAsync<InvalidOperationException>(() => alerting);
        Assert.Contains("b", articles.Saved.Keys);
        Assert.DoesNotContain("c", articles.Saved.Keys);
        Assert.Equal(4, batches.Calls);

        // The batches go on: a later feed gets its own call.
        Assert.Empty((await batches.IngestAsync([Story("e")])).Failed);
        Assert.Equal(5, batches.Calls);
    }

    [Fact]
    public async Task A_feed_alone_whose_call_fails_as_a_whole_fails_without_a_second_try()
    {
        var subscriber = new Subscriber("s1", "s1@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "quake", false)], 2, time.GetUtcNow());
        var batches = Batches(parallel: 1, subscribers: [subscriber]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => batches.IngestAsync([Story("c", "A quake shook the city."), Story("d")]));
        Assert.Equal(1, batches.Calls);
    }

    [Fact]
    public async Task A_cancelled_run_cancels_the_feeds_still_waiting()
    {
        using var run = new CancellationTokenSource();
        var batches = Batches(parallel: 1, run: run.Token);
        articles.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = batches.IngestAsync([Story("a")]);
        await Eventually.TrueAsync(() => Task.FromResult(articles.Waiting == 1), "the first call under way");
        var waiting = batches.IngestAsync([Story("b")]);
        await run.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Empty(articles.Saved);
    }

    [Fact]
    public void An_empty_feed_is_refused_at_once()
    {
        var batches = Batches(parallel: 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = batches.IngestAsync([]); });
        Assert.Equal(0, batches.Calls);
    }
}
