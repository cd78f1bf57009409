namespace NewsAlerts.Core.Tests.Digests;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Ports;

public sealed class The_digest_timer_queues_each_due_subscriber_once
{
    private static readonly DateTimeOffset Seven = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Due_times_that_have_come_are_queued_oldest_first_one_batch_per_subscriber_and_then_done()
    {
        var store = new InMemoryDigestStore();
        var publisher = new CapturingPublisher();
        var clock = new FakeTimeProvider(Seven.AddMinutes(-1));
        await store.RecordAsync(
            [Entry("s1", Seven, "a1", 1), Entry("s1", Seven, "a2", 2), Entry("s2", Seven, "a1", 1), Entry("s1", Seven.AddHours(-1), "a0", 0),
             Entry("s3", Seven.AddDays(1), "a3", 3)],
            CancellationToken.None);
        var run = new DigestRun(store, publisher, new Dispatch.InMemoryLedger(), new Dispatch.InMemorySubscribers([]), clock);

        var early = await run.RunAsync(CancellationToken.None);
        clock.SetUtcNow(Seven + DigestRun.Grace + TimeSpan.FromSeconds(5));
        var atSeven = await run.RunAsync(CancellationToken.None);
        var again = await run.RunAsync(CancellationToken.None);

        Assert.Equal((1, 2, 0), (early, atSeven, again));
        Assert.Equal(
            [("s1", Seven.AddHours(-1), "a0"), ("s1", Seven, "a2,a1"), ("s2", Seven, "a1")],
            publisher.Batches.Select(b => (b.SubscriberId, b.DueAt, string.Join(',', b.ArticleIds))));
        Assert.Equal([Seven.AddDays(1)], await store.DueTimesAsync(Seven.AddDays(2), CancellationToken.None));
        Assert.Equal(3, publisher.Batches.Select(b => b.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Entries_written_just_after_the_due_minute_are_in_the_digest_because_the_run_waits_the_grace()
    {
        var store = new InMemoryDigestStore();
        var publisher = new CapturingPublisher();
        var clock = new FakeTimeProvider(Seven.AddSeconds(-1));
        var run = new DigestRun(store, publisher, new Dispatch.InMemoryLedger(), new Dispatch.InMemorySubscribers([]), clock);

        // Planning at 06:59:59 writes the first subscribers' entries, the timer fires at 07:00 and 07:01, the rest lands.
        await store.RecordAsync([Entry("s1", Seven, "a1", 1)], CancellationToken.None);
        clock.SetUtcNow(Seven);
        var atSeven = await run.RunAsync(CancellationToken.None);
        clock.SetUtcNow(Seven.AddMinutes(1));
        var atOne = await run.RunAsync(CancellationToken.None);
        await store.RecordAsync([Entry("s1", Seven, "a2", 2), Entry("s2", Seven, "a2", 2)], CancellationToken.None);
        clock.SetUtcNow(Seven + DigestRun.Grace);
        var afterGrace = await run.RunAsync(CancellationToken.None);

        Assert.Equal((0, 0, 2), (atSeven, atOne, afterGrace));
        Assert.Equal(
            [("s1", "a2,a1"), ("s2", "a2")],
            publisher.Batches.Select(b => (b.SubscriberId, string.Join(',', b.ArticleIds))));
        Assert.Empty(await store.DueTimesAsync(Seven.AddDays(1), CancellationToken.None));
    }

    private static DigestEntry Entry(string subscriber, DateTimeOffset due, string article, int minutes) =>
        new(subscriber, due, article, "t1", "why", Seven.AddDays(-1).AddMinutes(minutes));

    private sealed class CapturingPublisher : IDigestPublisher
    {
        public List<DigestBatch> Batches { get; } = [];

        public Task PublishAsync(IReadOnlyList<DigestBatch> batches, CancellationToken cancellationToken)
        {
            Batches.AddRange(batches);
            return Task.CompletedTask;
        }
    }
}
