namespace NewsAlerts.Core.Tests.Digests;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Tests.Dispatch;

/// <summary>
/// Review finding: an entry written for a due time after that subscriber's digest had gone (planning slower than the
/// grace, a publish retried across the due time) stayed pending in a partition whose run was done, or was queued in a
/// batch with the sent digest's message id and marked sent unsent. It is now carried to the subscriber's next due time.
/// </summary>
public sealed class Entries_written_after_their_digest_went_are_carried_to_the_next_one
{
    // 07:00 London in winter is 07:00 UTC; a digest at 07:00 local every day.
    private static readonly DateTimeOffset Seven = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly NewsAlerts.Core.Subscribers.Subscriber Daily =
        Samples.Subscriber("s1") with { TimeZone = "Europe/London", Preferences = DeliveryPreferences.Default };

    [Fact]
    public void Pending_entries_of_settled_subscribers_are_late_and_sent_entries_are_in_neither_part()
    {
        DigestEntry[] entries =
        [
            Entry("s1", Seven, "a1") with { State = DigestEntryState.Sent }, Entry("s1", Seven, "late"), Entry("s2", Seven, "a1"),
        ];

        var (onTime, late) = LateDigestEntries.Split(entries, new HashSet<string>(["s1"], StringComparer.Ordinal));

        Assert.Equal([("s2", "a1")], onTime.Select(e => (e.SubscriberId, e.ArticleId)));
        Assert.Equal([("s1", "late")], late.Select(e => (e.SubscriberId, e.ArticleId)));
    }

    [Fact]
    public void A_late_entry_moves_to_the_subscribers_next_due_time_and_one_of_a_subscriber_gone_is_dropped()
    {
        var now = Seven + DigestRun.Grace + TimeSpan.FromMinutes(3);

        Assert.Equal(Seven.AddDays(1), LateDigestEntries.Carry(Entry("s1", Seven, "late"), Daily, now)!.DueAt);
        Assert.Equal(DigestEntryState.Pending, LateDigestEntries.Carry(Entry("s1", Seven, "late") with { State = DigestEntryState.Sent }, Daily, now)!.State);
        Assert.Null(LateDigestEntries.Carry(Entry("s1", Seven, "late"), null, now));
    }

    [Fact]
    public async Task The_run_that_finds_a_late_entry_moves_it_and_the_next_digest_carries_it()
    {
        var store = new InMemoryDigestStore();
        var publisher = new CapturingPublisher();
        var ledger = new InMemoryLedger();
        var clock = new FakeTimeProvider(Seven + DigestRun.Grace);
        var run = new DigestRun(store, publisher, ledger, new InMemorySubscribers([Daily]), clock);
        await store.RecordAsync([Entry("s1", Seven, "a1")], CancellationToken.None);

        Assert.Equal(1, await run.RunAsync(CancellationToken.None));
        // The digest is sent and recorded; then a slow planner writes one more story for 07:00.
        await ledger.RecordAsync(DigestMessage.LedgerKey(Seven), Delivery.Channel.Email, [new LedgerRecord("s1", LedgerState.Sent, "m1", null)], CancellationToken.None);
        await store.MarkSentAsync(Seven, "s1", ["a1"], CancellationToken.None);
        await store.RecordAsync([Entry("s1", Seven, "late")], CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        var whenLate = await run.RunAsync(CancellationToken.None);
        clock.SetUtcNow(Seven.AddDays(1) + DigestRun.Grace);
        ledger.Records.Clear(); // the in-memory ledger answers for every key; tomorrow's digest has no record yet
        var tomorrow = await run.RunAsync(CancellationToken.None);

        Assert.Equal((0, 1), (whenLate, tomorrow));
        Assert.Equal([(Seven, "a1"), (Seven.AddDays(1), "late")], publisher.Batches.Select(b => (b.DueAt, string.Join(',', b.ArticleIds))));
        Assert.Empty(await store.ListAsync(Seven, CancellationToken.None).Where(e => e.State == DigestEntryState.Pending).ToListAsync());
    }

    private static DigestEntry Entry(string subscriber, DateTimeOffset due, string article) =>
        new(subscriber, due, article, "t1", "why", Seven.AddHours(-3));

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
