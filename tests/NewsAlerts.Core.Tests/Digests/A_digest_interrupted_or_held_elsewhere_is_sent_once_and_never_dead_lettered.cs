namespace NewsAlerts.Core.Tests.Digests;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;

/// <summary>
/// Review finding (high): a worker stopped mid-digest left its ledger claim <c>digest:&lt;due&gt;</c> behind; every
/// redelivery within the lease found it held elsewhere, went round again at once and the digest was dead-lettered
/// after its last attempt within seconds, never sent. A claim is now handed back when the dispatch is cancelled before
/// the send, and a digest held by another claim is waited for (to its record or the end of its lease), not retried.
/// </summary>
public sealed class A_digest_interrupted_or_held_elsewhere_is_sent_once_and_never_dead_lettered
{
    private const int MaxAttempts = 5;
    private static readonly DateTimeOffset Seven = TestDigestDispatchers.Seven;
    private static readonly Article Truce = TestDigestDispatchers.Truce;
    private readonly PendingDigest pending = new();
    private readonly CapturingDigestSender sender = new();

    [Fact]
    public async Task A_digest_whose_first_worker_is_cancelled_mid_way_is_sent_exactly_once_by_the_next_delivery()
    {
        var slow = new GatedArticles(Truce);
        using var stop = new CancellationTokenSource();
        var first = Dispatcher(slow).DispatchAsync(PendingDigest.Batch, stop.Token);
        await slow.Reading.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(TimeSpan.FromSeconds(30)));

        // The next delivery comes at once, well within the lease.
        var next = await Dispatcher(new GatedArticles(Truce) { Open = true }).DispatchAsync(PendingDigest.Batch, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((1, 0), (next.Sent, next.PossibleDuplicates));
        Assert.Single(sender.Requests);
        Assert.Equal(new Settlement(SettlementAction.Complete), BatchSettlement.After(next, 2, MaxAttempts));
        Assert.Equal(LedgerState.Sent, await pending.Ledger.GetStateAsync(DigestMessage.LedgerKey(Seven), "s1", Channel.Email, CancellationToken.None));
    }

    [Fact]
    public async Task A_digest_held_by_a_worker_that_died_is_taken_over_after_the_lease_without_using_up_attempts()
    {
        // A worker claimed it and died (no hand-back, no refresh).
        await pending.Ledger.ClaimAsync(DigestMessage.LedgerKey(Seven), Channel.Email, ["s1"], CancellationToken.None);

        var dispatch = Dispatcher(new GatedArticles(Truce) { Open = true }).DispatchAsync(PendingDigest.Batch, CancellationToken.None);
        var outcome = await AdvanceUntilDoneAsync(dispatch);

        Assert.Equal((1, 1), (outcome.Sent, outcome.PossibleDuplicates));
        Assert.Single(sender.Requests);
        Assert.Equal(new Settlement(SettlementAction.Complete), BatchSettlement.After(outcome, MaxAttempts, MaxAttempts));
    }

    [Fact]
    public async Task A_digest_held_by_a_live_worker_waits_for_its_record_and_sends_nothing()
    {
        var key = DigestMessage.LedgerKey(Seven);
        await pending.Ledger.ClaimAsync(key, Channel.Email, ["s1"], CancellationToken.None);

        var dispatch = Dispatcher(new GatedArticles(Truce) { Open = true }).DispatchAsync(PendingDigest.Batch, CancellationToken.None);
        pending.Clock.Advance(TimeSpan.FromSeconds(10));
        await pending.Ledger.RecordAsync(key, Channel.Email, [new LedgerRecord("s1", LedgerState.Sent, "m0", null)], CancellationToken.None);
        var outcome = await AdvanceUntilDoneAsync(dispatch);

        Assert.Equal((0, 1), (outcome.Sent, outcome.AlreadyDone));
        Assert.Empty(sender.Requests);
        Assert.Equal(new Settlement(SettlementAction.Complete), BatchSettlement.After(outcome, MaxAttempts, MaxAttempts));
    }

    [Fact]
    public async Task Waiting_on_a_held_digest_ends_when_the_dispatch_is_cancelled_and_leaves_the_other_claim_alone()
    {
        var key = DigestMessage.LedgerKey(Seven);
        await pending.Ledger.ClaimAsync(key, Channel.Email, ["s1"], CancellationToken.None);
        using var stop = new CancellationTokenSource();

        var dispatch = Dispatcher(new GatedArticles(Truce) { Open = true }).DispatchAsync(PendingDigest.Batch, stop.Token);
        pending.Clock.Advance(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatch.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(sender.Requests);
        Assert.Equal(LedgerState.Claimed, await pending.Ledger.GetStateAsync(key, "s1", Channel.Email, CancellationToken.None));
    }

    private async Task<BatchOutcome> AdvanceUntilDoneAsync(Task<BatchOutcome> dispatch)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!dispatch.IsCompleted && DateTime.UtcNow < deadline)
        {
            pending.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(5);
        }

        return await dispatch.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private DigestDispatcher Dispatcher(IArticleStore articles) => pending.Dispatcher(articles, sender);

    // An article store whose reads wait (honouring cancellation) until opened: the worker is stopped mid-way.
    private sealed class GatedArticles(Article stored) : IArticleStore
    {
        public bool Open { get; init; }

        public TaskCompletionSource Reading { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<Article?> GetAsync(string articleId, CancellationToken cancellationToken)
        {
            Reading.TrySetResult();
            if (!Open)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return stored.Id == articleId ? stored : null;
        }

        public Task<ArticleLink?> FindLinkAsync(string shortCode, CancellationToken cancellationToken) => Task.FromResult<ArticleLink?>(null);

        public Task SaveAsync(Article article, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
