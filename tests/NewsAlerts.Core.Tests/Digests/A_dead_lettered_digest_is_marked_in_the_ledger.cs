namespace NewsAlerts.Core.Tests.Digests;

using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Tests.Dispatch;

/// <summary>
/// A digest still failing after its last attempt is dead-lettered as an alert batch is, and its ledger row (key
/// <c>digest:&lt;due&gt;</c>) says so, so the story page counts it dead-lettered rather than on its way.
/// </summary>
public sealed class A_dead_lettered_digest_is_marked_in_the_ledger
{
    private const int MaxAttempts = 3;
    private static readonly DateTimeOffset Seven = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly Article Truce = new("a1", 1, "Truce in Aleppo", "Body", null, "Wire", "en", [], 3, null, Seven.AddHours(-2));
    private static readonly DigestBatch Batch = new("s1", Seven, ["a1"], 0);
    private readonly FakeTimeProvider clock = new(Seven.AddMinutes(3));
    private readonly InMemoryDigestStore digests = new();
    private readonly TokenSigner tokens = new(RandomNumberGenerator.GetBytes(32), TimeProvider.System);
    private readonly LeasedLedger ledger;

    public A_dead_lettered_digest_is_marked_in_the_ledger()
    {
        ledger = new LeasedLedger(ClaimLease.Default, clock);
        digests.RecordAsync([new DigestEntry("s1", Seven, "a1", "t1", "why", Truce.PublishedAt)], CancellationToken.None).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_digest_failing_on_its_last_attempt_is_marked_dead_lettered_and_its_entry_stays_unsent()
    {
        var dispatcher = Dispatcher(new FailingSender());
        Settlement? settlement = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var outcome = await dispatcher.DispatchAsync(Batch, CancellationToken.None);
            settlement = BatchSettlement.After(outcome, attempt, MaxAttempts);
            Assert.Equal(LedgerState.Retrying, await StateAsync());
        }

        Assert.True(DeadLettering.MarksLedger(settlement!));
        Assert.Equal(1, await dispatcher.MarkDeadLetteredAsync(Batch, MaxAttempts, CancellationToken.None));

        Assert.Equal(LedgerState.DeadLettered, await StateAsync());
        Assert.All(await digests.ListAsync(Seven, "s1", CancellationToken.None).ToListAsync(), e => Assert.Equal(DigestEntryState.Pending, e.State));
    }

    [Fact]
    public async Task A_digest_sent_is_left_as_it_is()
    {
        var dispatcher = Dispatcher(new FailingSender { Fails = false });
        await dispatcher.DispatchAsync(Batch, CancellationToken.None);

        Assert.Equal(0, await dispatcher.MarkDeadLetteredAsync(Batch, MaxAttempts, CancellationToken.None));
        Assert.Equal(LedgerState.Sent, await StateAsync());
    }

    private Task<LedgerState?> StateAsync() => ledger.GetStateAsync(DigestMessage.LedgerKey(Seven), "s1", Channel.Email, CancellationToken.None);

    private DigestDispatcher Dispatcher(IDigestEmailSender sender)
    {
        var suppressions = new SuppressionList(new InMemorySuppressions(), tokens, TimeProvider.System);
        return new DigestDispatcher(
            new SubscriberDirectory(new InMemorySubscribers([Samples.Subscriber("s1") with { Topics = [new NewsAlerts.Core.Subscribers.Topic("t1", "Aleppo", false)] }])),
            ledger, digests, new OneArticle(Truce), sender,
            new AlertLinks(new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, tokens),
            suppressions,
            new Telemetry.AlertMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
            clock, ClaimLease.Default);
    }

    private sealed class OneArticle(Article stored) : IArticleStore
    {
        public Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken) => Task.FromResult(stored.Id == articleId ? stored : null);

        public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => Task.FromResult<ArticleLink?>(null);

        public Task SaveAsync(Article article, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class FailingSender : IDigestEmailSender
    {
        public bool Fails { get; init; } = true;

        public Task<SendOutcome> SendAsync(DigestEmailRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(Fails ? SendOutcome.Transient("SMTP 451") : SendOutcome.Sent("m1"));
    }
}
