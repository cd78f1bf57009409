namespace NewsAlerts.Core.Tests.Stories;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Stories;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Session 45 (review of one story, one alert): of two copies of a story on their way to one reader at once, the later
/// one's dispatcher holds its alert back when it finds the earlier in the copies index with the reader among those it
/// was queued for (<see cref="StoryCopies.Covering"/>). The record of whom a new story was queued for used to be written
/// along with the queues, after the copies index: a later copy dispatched in between found the earlier one but not its
/// reader, and sent; the earlier one, finding the later only claimed (not first), sent too. The order is now: whom it is
/// queued for, then the index, then the queues.
/// </summary>
public sealed class A_copy_is_on_record_with_its_readers_before_it_is_queued
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Whom_it_is_queued_for_is_recorded_before_the_index_and_the_index_before_the_queues()
    {
        var planned = new InMemoryPlannedAlerts();
        var copies = new OrderWatchingCopies(planned);
        var publisher = new OrderWatchingPublisher(copies);
        var ingestion = TestIngestions.Create(
            new InMemoryArticles(), new InMemoryLedger(), publisher, new FakeTimeProvider(Noon), [Samples.Subscriber("s1")], copies: copies, plannedAlerts: planned);

        var result = await ingestion.IngestAsync(Story("urn:wire:1"), dryRun: false, CancellationToken.None);

        Assert.True(result.Reach.EmailAlerts + result.Reach.SmsAlerts > 0, result.Reach.ToString());
        // When the copy entered the index, its readers were on record, on every channel it was queued on.
        var atIndex = Assert.Single(copies.ReadersWhenRecorded);
        Assert.True(publisher.Batches.Count > 0);
        Assert.All(publisher.Batches, b => Assert.Equal(["s1"], atIndex.GetValueOrDefault(b.Channel) ?? []));
        // And nothing was queued before it was in the index.
        Assert.All(publisher.IndexedWhenQueued, Assert.True);
    }

    [Fact]
    public async Task A_story_with_no_alert_to_queue_is_neither_recorded_nor_indexed()
    {
        var planned = new InMemoryPlannedAlerts();
        var copies = new OrderWatchingCopies(planned);
        var ingestion = TestIngestions.Create(
            new InMemoryArticles(), new InMemoryLedger(), new OrderWatchingPublisher(copies), new FakeTimeProvider(Noon), [Samples.Subscriber("s1")], copies: copies, plannedAlerts: planned);

        await ingestion.IngestAsync(Story("urn:wire:2") with { Headline = "Markets close higher", Body = "Shares rose in late trading." }, dryRun: false, CancellationToken.None);

        Assert.Empty(copies.ReadersWhenRecorded);
        Assert.Empty(await planned.ListAsync("urn:wire:2", CancellationToken.None));
    }

    private static Article Story(string id) =>
        new(id, 1, "Truce in Aleppo holds for a second night", "The truce in Aleppo held through the night, monitors said on Thursday, and aid convoys moved at dawn.",
            null, "Wire", "en", [], 1, new Uri("https://wire.example/world/aleppo-truce"), Noon);

    // The copies index in memory, noting whom each copy's story was queued for at the moment it was recorded.
    private sealed class OrderWatchingCopies(IPlannedAlerts planned) : IStoryCopies
    {
        private readonly InMemoryStoryCopies inner = new();

        public List<IReadOnlyDictionary<Channel, string[]>> ReadersWhenRecorded { get; } = [];

        public bool Has(string articleId) => inner.Copies.ContainsKey(articleId);

        public async Task RecordAsync(IReadOnlyList<StoryCopy> copies, CancellationToken cancellationToken)
        {
            foreach (var copy in copies)
            {
                var readers = await planned.ListAsync(copy.ArticleId, cancellationToken);
                ReadersWhenRecorded.Add(readers.ToDictionary(r => r.Key, r => r.Value.Order(StringComparer.Ordinal).ToArray()));
            }

            await inner.RecordAsync(copies, cancellationToken);
        }

        public Task<IReadOnlyList<StoryCopy>> ListAsync(IReadOnlyList<string> keys, DateTimeOffset since, CancellationToken cancellationToken) =>
            inner.ListAsync(keys, since, cancellationToken);
    }

    // A publisher noting, for each batch, whether its story was in the copies index when it was queued.
    private sealed class OrderWatchingPublisher(OrderWatchingCopies copies) : IAlertPublisher
    {
        public List<DeliveryBatch> Batches { get; } = [];

        public List<bool> IndexedWhenQueued { get; } = [];

        public Task PublishAsync(IReadOnlyList<DeliveryBatch> batches, CancellationToken cancellationToken)
        {
            Batches.AddRange(batches);
            IndexedWhenQueued.AddRange(batches.Select(b => copies.Has(b.Content.ArticleId)));
            return Task.CompletedTask;
        }

        public Task ScheduleAsync(IReadOnlyList<ScheduledBatch> batches, CancellationToken cancellationToken)
        {
            Batches.AddRange(batches.Select(b => b.Batch));
            IndexedWhenQueued.AddRange(batches.Select(b => copies.Has(b.Batch.Content.ArticleId)));
            return Task.CompletedTask;
        }
    }
}
