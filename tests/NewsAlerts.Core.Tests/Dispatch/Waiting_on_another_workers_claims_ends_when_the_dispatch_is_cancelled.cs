namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// Review finding: waiting on claims held elsewhere ignored cancellation, so a stopping worker (or one whose lock was
/// lost) kept its processing slot for up to the lease. The wait now ends with the dispatch's cancellation, and what
/// the group had claimed goes back unsent.
/// </summary>
public sealed class Waiting_on_another_workers_claims_ends_when_the_dispatch_is_cancelled
{
    private static readonly string[] Ids = ["s1", "s2", "s3"];

    [Fact]
    public async Task A_cancelled_wait_hands_back_the_groups_fresh_claims_as_retries_and_sends_nothing()
    {
        var ledger = new InMemoryLedger();
        ledger.Preset["s2"] = ClaimResult.HeldElsewhere;
        ledger.Preset["s3"] = ClaimResult.ClaimedAfterCrash;
        var email = new CountingEmail();
        using var stop = new CancellationTokenSource();

        var dispatch = TestDispatchers.Create(ledger, email, Ids).DispatchAsync(Samples.Batch(Channel.Email, Ids), stop.Token);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatch.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Empty(email.To);
        var handedBack = Assert.Single(ledger.Records);
        Assert.Equal(new LedgerRecord("s1", LedgerState.Retrying, null, BatchDispatcher.HandedBackReason, 1), handedBack);
    }

    [Fact]
    public void Handing_back_writes_only_fresh_claims()
    {
        var records = RecipientDecisions.HandBack(new Dictionary<string, ClaimResult>
        {
            ["a"] = ClaimResult.Claimed,
            ["b"] = ClaimResult.ClaimedAfterCrash,
            ["c"] = ClaimResult.HeldElsewhere,
            ["d"] = ClaimResult.AlreadyDone,
        });

        Assert.Equal([new LedgerRecord("a", LedgerState.Retrying, null, BatchDispatcher.HandedBackReason)], records);
    }

    private sealed class CountingEmail : IEmailSender
    {
        public ConcurrentQueue<string> To { get; } = new();

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            To.Enqueue(request.SubscriberId);
            return Task.FromResult(SendOutcome.Sent($"<{request.SubscriberId}@example.com>"));
        }
    }
}
