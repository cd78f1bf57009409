namespace NewsAlerts.Core.Tests.Dispatch;

using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Testing;

/// <summary>
/// Review finding: a claim lease shorter than a live worker's claim-to-record time let a second worker (given the
/// batch after a lost lock) take the claims over as crashed and send the same alerts again. The live worker now
/// refreshes its claims while the group is in flight.
/// </summary>
public sealed class A_live_worker_keeps_its_claims_however_long_its_sends_take
{
    private static readonly ClaimLease Lease = new(TimeSpan.FromSeconds(30), TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_second_worker_finds_the_claims_held_long_after_the_lease_and_nothing_goes_twice()
    {
        var ledger = new LeasedLedger(Lease, time);
        var email = new HeldEmail();
        var first = TestDispatchers.Create(ledger, email, ["s1", "s2"], time, Lease).DispatchAsync(Samples.Batch(Channel.Email, "s1", "s2"), CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(email.Started >= 2), "both sends started", TimeSpan.FromSeconds(30));

        // The sends hang for ten leases' worth of time; the live worker's refreshes keep its claims.
        for (var i = 1; i <= 30; i++)
        {
            time.Advance(Lease.RefreshInterval);
            var expected = i;
            await Eventually.TrueAsync(() => Task.FromResult(ledger.Refreshes >= expected), $"refresh {i}", TimeSpan.FromSeconds(30));
        }

        var second = await ledger.ClaimAsync("urn:test:1", Channel.Email, ["s1", "s2"], CancellationToken.None);
        email.Release.SetResult();
        var outcome = await first;
        var afterRecord = await ledger.ClaimAsync("urn:test:1", Channel.Email, ["s1", "s2"], CancellationToken.None);

        Assert.All(second.Values, c => Assert.Equal(ClaimResult.HeldElsewhere, c));
        Assert.All(afterRecord.Values, c => Assert.Equal(ClaimResult.AlreadyDone, c));
        Assert.Equal(2, outcome.Sent);
    }

    [Fact]
    public async Task Claims_are_no_longer_refreshed_once_recorded()
    {
        var ledger = new LeasedLedger(Lease, time);
        var email = new HeldEmail();
        email.Release.SetResult();

        await TestDispatchers.Create(ledger, email, ["s1"], time, Lease).DispatchAsync(Samples.Batch(Channel.Email, "s1"), CancellationToken.None);
        time.Advance(Lease.Duration * 3);

        Assert.Equal(0, ledger.Refreshes);
        Assert.Equal(LedgerState.Sent, await ledger.GetStateAsync("urn:test:1", "s1", Channel.Email, CancellationToken.None));
    }

    private sealed class HeldEmail : IEmailSender
    {
        private int started;

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Started => Volatile.Read(ref started);

        public ConcurrentQueue<string> To { get; } = new();

        public async Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref started);
            await Release.Task;
            To.Enqueue(request.SubscriberId);
            return SendOutcome.Sent($"<{request.SubscriberId}@example.com>");
        }
    }
}
