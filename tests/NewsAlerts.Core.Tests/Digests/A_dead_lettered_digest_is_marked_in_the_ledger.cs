namespace NewsAlerts.Core.Tests.Digests;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// A digest still failing after its last attempt is dead-lettered as an alert batch is, and its ledger row (key
/// <c>digest:&lt;due&gt;</c>) says so, so the story page counts it dead-lettered rather than on its way.
/// </summary>
public sealed class A_dead_lettered_digest_is_marked_in_the_ledger
{
    private const int MaxAttempts = 3;
    private static readonly DateTimeOffset Seven = TestDigestDispatchers.Seven;
    private static readonly Article Truce = TestDigestDispatchers.Truce;
    private readonly PendingDigest pending = new();

    [Fact]
    public async Task A_digest_failing_on_its_last_attempt_is_marked_dead_lettered_and_its_entry_stays_unsent()
    {
        var dispatcher = Dispatcher(new FailingSender());
        Settlement? settlement = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var outcome = await dispatcher.DispatchAsync(PendingDigest.Batch, CancellationToken.None);
            settlement = BatchSettlement.After(outcome, attempt, MaxAttempts);
            Assert.Equal(LedgerState.Retrying, await StateAsync());
        }

        Assert.True(DeadLettering.MarksLedger(settlement!));
        Assert.Equal(1, await dispatcher.MarkDeadLetteredAsync(PendingDigest.Batch, MaxAttempts, CancellationToken.None));

        Assert.Equal(LedgerState.DeadLettered, await StateAsync());
        Assert.All(await pending.Digests.ListAsync(Seven, "s1", CancellationToken.None).ToListAsync(), e => Assert.Equal(DigestEntryState.Pending, e.State));
    }

    [Fact]
    public async Task A_digest_sent_is_left_as_it_is()
    {
        var dispatcher = Dispatcher(new FailingSender { Fails = false });
        await dispatcher.DispatchAsync(PendingDigest.Batch, CancellationToken.None);

        Assert.Equal(0, await dispatcher.MarkDeadLetteredAsync(PendingDigest.Batch, MaxAttempts, CancellationToken.None));
        Assert.Equal(LedgerState.Sent, await StateAsync());
    }

    private Task<LedgerState?> StateAsync() => pending.Ledger.GetStateAsync(DigestMessage.LedgerKey(Seven), "s1", Channel.Email, CancellationToken.None);

    private DigestDispatcher Dispatcher(IDigestEmailSender sender) => pending.Dispatcher(new StoredArticles(Truce), sender);

    private sealed class FailingSender : IDigestEmailSender
    {
        public bool Fails { get; init; } = true;

        public Task<SendOutcome> SendAsync(DigestEmailRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(Fails ? SendOutcome.Transient("SMTP 451") : SendOutcome.Sent("m1"));
    }
}
