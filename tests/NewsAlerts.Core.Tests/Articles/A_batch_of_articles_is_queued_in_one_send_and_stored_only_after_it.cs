namespace NewsAlerts.Core.Tests.Articles;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Issue 18 (ingestion per item): a batch of articles (a feed read's new items) is planned article by article and queued
/// in one publisher call, then stored; two versions of one story in a batch are ingested in order; a failed send stores
/// nothing, so the caller's retry plans the same batches again (message ids make the repeat a no-op at the queue).
/// </summary>
public sealed class A_batch_of_articles_is_queued_in_one_send_and_stored_only_after_it
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Three_new_stories_are_queued_in_one_call_and_each_stored()
    {
        var articles = new InMemoryArticles();
        var publisher = new CountingPublisher();
        var ingestion = TestIngestions.Create(articles, new InMemoryLedger(), publisher, time, [Samples.Subscriber("s1")]);

        var results = await ingestion.IngestManyAsync([Story("a", 1), Story("b", 1), Story("c", 1)], dryRun: false, CancellationToken.None);

        Assert.Equal(["urn:test:a", "urn:test:b", "urn:test:c"], results.Select(r => r.ArticleId));
        Assert.All(results, r => Assert.Equal(VersionDecision.NewStory, r.Decision));
        Assert.All(results, r => Assert.Equal(1, r.Reach.EmailAlerts));
        Assert.Equal(1, publisher.Calls);
        Assert.Equal(3, publisher.Batches.Count);
        Assert.Equal(["urn:test:a", "urn:test:b", "urn:test:c"], articles.Saved.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_versions_of_one_story_in_a_batch_are_ingested_one_after_the_other()
    {
        var articles = new InMemoryArticles();
        var publisher = new CountingPublisher();
        var ingestion = TestIngestions.Create(articles, new InMemoryLedger(), publisher, time, [Samples.Subscriber("s1")]);

        var results = await ingestion.IngestManyAsync([Story("a", 1), Story("b", 1), Story("a", 2, urgency: 1)], dryRun: false, CancellationToken.None);

        Assert.Equal([VersionDecision.NewStory, VersionDecision.NewStory, VersionDecision.Upgrade], results.Select(r => r.Decision));
        // The upgrade is planned against the first version stored: only the text it adds.
        Assert.Equal((0, 1), (results[2].Reach.EmailAlerts, results[2].Reach.SmsAlerts));
        Assert.Equal(2, publisher.Calls);
        Assert.Equal(2, articles.Saved["urn:test:a"].Version);
    }

    [Fact]
    public async Task A_failed_send_stores_none_of_the_batch_and_the_retry_plans_the_same_batches()
    {
        var articles = new InMemoryArticles();
        var publisher = new CountingPublisher { Failures = 1 };
        var ingestion = TestIngestions.Create(articles, new InMemoryLedger(), publisher, time, [Samples.Subscriber("s1")]);
        IReadOnlyList<Article> batch = [Story("a", 1), Story("b", 1)];

        await Assert.ThrowsAsync<IOException>(() => ingestion.IngestManyAsync(batch, dryRun: false, CancellationToken.None));
        Assert.Empty(articles.Saved);

        var retried = await ingestion.IngestManyAsync(batch, dryRun: false, CancellationToken.None);
        Assert.All(retried, r => Assert.Equal(VersionDecision.NewStory, r.Decision));
        Assert.Equal(2, articles.Saved.Count);
        Assert.Equal(publisher.Failed.Select(b => b.MessageId).Order(StringComparer.Ordinal), publisher.Batches.Select(b => b.MessageId).Order(StringComparer.Ordinal));
    }

    // Issue 18 (batch review): one story the store refuses does not stop the others; the exception names it alone, and a
    // later version of it in the same batch fails with it.
    [Fact]
    public async Task A_story_the_store_refuses_fails_alone_and_is_named()
    {
        var articles = new InMemoryArticles();
        articles.Refused.Add("urn:test:b");
        var publisher = new CountingPublisher();
        var ingestion = TestIngestions.Create(articles, new InMemoryLedger(), publisher, time, [Samples.Subscriber("s1")]);

        var failed = await Assert.ThrowsAsync<ArticlesNotIngestedException>(
            () => ingestion.IngestManyAsync([Story("a", 1), Story("b", 1), Story("c", 1), Story("b", 2, urgency: 1)], dryRun: false, CancellationToken.None));

        Assert.Equal(["urn:test:a", "urn:test:c"], articles.Saved.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["urn:test:b", "urn:test:b"], failed.Failures.Select(f => f.ArticleId));
        Assert.Equal("InvalidDataException: the key is out of range", failed.Failures[0].Reason);
        Assert.Equal([true, false, true, false], failed.Results.Select(r => r is not null));

        // The retry of the failed one alone, once the store takes it.
        articles.Refused.Clear();
        var retried = await ingestion.IngestManyAsync([Story("b", 1)], dryRun: false, CancellationToken.None);
        Assert.Equal(VersionDecision.NewStory, Assert.Single(retried).Decision);
        Assert.Equal(3, articles.Saved.Count);
    }

    [Fact]
    public async Task A_single_article_fails_as_its_cause_did()
    {
        var articles = new InMemoryArticles();
        articles.Refused.Add("urn:test:a");
        var ingestion = TestIngestions.Create(articles, new InMemoryLedger(), new CountingPublisher(), time, [Samples.Subscriber("s1")]);

        await Assert.ThrowsAsync<InvalidDataException>(() => ingestion.IngestAsync(Story("a", 1), dryRun: false, CancellationToken.None));
    }

    [Fact]
    public async Task A_dry_run_of_a_batch_sends_and_stores_nothing()
    {
        var articles = new InMemoryArticles();
        var publisher = new CountingPublisher();
        var ingestion = TestIngestions.Create(articles, new InMemoryLedger(), publisher, time, [Samples.Subscriber("s1")]);

        var results = await ingestion.IngestManyAsync([Story("a", 1), Story("b", 1)], dryRun: true, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(1, r.Reach.EmailAlerts));
        Assert.Equal(0, publisher.Calls);
        Assert.Empty(articles.Saved);
    }

    private Article Story(string id, int version, int urgency = 3) =>
        new($"urn:test:{id}", version, $"Truce in Aleppo {id}", "Talks resume.", null, "Example", "en", [], urgency, null, time.GetUtcNow().AddMinutes(-1), null, null);

    // Counts the publisher's calls; the first Failures calls throw (the queue is down) after noting what they carried.
    private sealed class CountingPublisher : IAlertPublisher
    {
        public int Calls { get; private set; }

        public int Failures { get; set; }

        public List<DeliveryBatch> Batches { get; } = [];

        public List<DeliveryBatch> Failed { get; } = [];

        public Task PublishAsync(IReadOnlyList<DeliveryBatch> batches, CancellationToken cancellationToken)
        {
            Calls++;
            if (Failures > 0)
            {
                Failures--;
                Failed.AddRange(batches);
                throw new IOException("The queue is down.");
            }

            Batches.AddRange(batches);
            return Task.CompletedTask;
        }

        public Task ScheduleAsync(IReadOnlyList<ScheduledBatch> batches, CancellationToken cancellationToken) => PublishAsync([.. batches.Select(s => s.Batch)], cancellationToken);
    }
}
