namespace NewsAlerts.Core.Tests.History;

using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Tests.Digests;
using NewsAlerts.Core.Tests.Dispatch;

public sealed class The_history_is_written_after_the_ledger_once_and_never_in_its_way
{
    private static readonly DateTimeOffset Seven = TestDigestDispatchers.Seven;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly Article Truce = TestDigestDispatchers.Truce;
    private readonly InMemoryDigestStore digests = new();
    private readonly InMemoryLedger ledger = new();
    private readonly TokenSigner tokens = new(RandomNumberGenerator.GetBytes(32), TimeProvider.System);

    [Fact]
    public async Task A_digest_goes_into_the_history_only_once_the_ledger_shows_it_sent_and_its_entries_marked()
    {
        await digests.RecordAsync([new DigestEntry("s1", Seven, "a1", "t1", "why", Truce.PublishedAt)], CancellationToken.None);
        var seen = new List<(int Records, DigestEntryState State)>();
        var history = new WatchingHistory(async () => seen.Add((
            ledger.Records.Count, (await digests.ListAsync(Seven, "s1", CancellationToken.None).ToListAsync()).Single().State)));

        var outcome = await DigestDispatcher(history, new FakeTimeProvider(Seven)).DispatchAsync(new DigestBatch("s1", Seven, ["a1"], 0), CancellationToken.None);

        Assert.Equal(1, outcome.Sent);
        Assert.Equal([(1, DigestEntryState.Sent)], seen);
        Assert.Equal("Truce in Aleppo", Assert.Single(history.Rows).Headline);
    }

    [Fact]
    public async Task A_failing_history_is_tried_once_and_neither_dispatcher_waits_on_it()
    {
        // Storage retries wait on the fake clock, which never moves here: a retried history write would never end.
        await digests.RecordAsync([new DigestEntry("s1", Seven, "a1", "t1", "why", Truce.PublishedAt)], CancellationToken.None);
        var failing = new WatchingHistory(() => throw new InvalidOperationException("history table throttled"));
        var frozen = new FakeTimeProvider(Seven);

        var digest = await DigestDispatcher(failing, frozen).DispatchAsync(new DigestBatch("s1", Seven, ["a1"], 0), CancellationToken.None).WaitAsync(Deadline);
        var alerts = await TestDispatchers.Create(new InMemoryLedger(), new SentEmail(), ["s1", "s2", "s3"], frozen, parallelism: 2, history: failing)
            .DispatchAsync(Samples.Batch(Channel.Email, "s1", "s2", "s3"), CancellationToken.None).WaitAsync(Deadline);

        Assert.Equal((1, 3), (digest.Sent, alerts.Sent));
        Assert.Equal(3, failing.Attempts); // the digest, then the alert batch's two groups: one attempt each
        Assert.Empty(failing.Rows);
    }

    private DigestDispatcher DigestDispatcher(IAlertHistory history, TimeProvider time) =>
        TestDigestDispatchers.Create(ledger, digests, new StoredArticles(Truce), new SentDigest(), tokens, time: time, history: history);

    private sealed class WatchingHistory(Func<Task> onAdd) : IAlertHistory
    {
        private readonly InMemoryAlertHistory inner = new();
        private int attempts;

        public int Attempts => attempts;

        public IReadOnlyList<ReceivedAlert> Rows => inner.Rows;

        public async Task AddAsync(IReadOnlyList<ReceivedAlert> rows, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref attempts);
            await onAdd();
            await inner.AddAsync(rows, cancellationToken);
        }

        public Task<IReadOnlyList<ReceivedAlert>> RecentAsync(string subscriberId, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
            inner.RecentAsync(subscriberId, since, limit, cancellationToken);

        public Task EraseAsync(string subscriberId, CancellationToken cancellationToken) => inner.EraseAsync(subscriberId, cancellationToken);
    }

    private sealed class SentDigest : IDigestEmailSender
    {
        public Task<SendOutcome> SendAsync(DigestEmailRequest request, CancellationToken cancellationToken) => Task.FromResult(SendOutcome.Sent("d1"));
    }

    private sealed class SentEmail : IEmailSender
    {
        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken) => Task.FromResult(SendOutcome.Sent("m1"));
    }
}
