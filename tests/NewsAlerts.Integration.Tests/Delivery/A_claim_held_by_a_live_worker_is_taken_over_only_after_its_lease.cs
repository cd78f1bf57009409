namespace NewsAlerts.Integration.Tests.Delivery;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Testing;

/// <summary>
/// The ledger in Azurite applies the claim lease: a worker given a batch whose lock another worker lost finds that
/// worker's claims held, not crashed, until the lease has run out (found by the fault campaign's lock-loss fault).
/// </summary>
public sealed class A_claim_held_by_a_live_worker_is_taken_over_only_after_its_lease(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string Article = "urn:test:claim-lease";
    private static readonly ClaimLease Lease = new(TimeSpan.FromMinutes(5), TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_second_claim_within_the_lease_is_held_elsewhere_and_after_it_is_taken_over()
    {
        var ledger = Ledger();
        Assert.Equal(ClaimResult.Claimed, (await ledger.ClaimAsync(Article, Channel.Email, ["s1"], CancellationToken.None))["s1"]);

        time.Advance(Lease.Duration - TimeSpan.FromSeconds(1));
        var within = (await ledger.ClaimAsync(Article, Channel.Email, ["s1"], CancellationToken.None))["s1"];
        time.Advance(TimeSpan.FromSeconds(1));
        var after = (await ledger.ClaimAsync(Article, Channel.Email, ["s1"], CancellationToken.None))["s1"];
        var again = (await ledger.ClaimAsync(Article, Channel.Email, ["s1"], CancellationToken.None))["s1"];

        Assert.Equal(ClaimResult.HeldElsewhere, within);
        Assert.Equal(ClaimResult.ClaimedAfterCrash, after);
        Assert.Equal(ClaimResult.HeldElsewhere, again);
    }

    [Fact]
    public async Task A_recorded_alert_is_done_and_a_retry_is_claimed_at_once()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Article, Channel.Sms, ["s2", "s3"], CancellationToken.None);
        await ledger.RecordAsync(
            Article, Channel.Sms, [new LedgerRecord("s2", LedgerState.Sent, "SM-s2", null), new LedgerRecord("s3", LedgerState.Retrying, null, "HTTP 500")], CancellationToken.None);

        var claims = await ledger.ClaimAsync(Article, Channel.Sms, ["s2", "s3"], CancellationToken.None);

        Assert.Equal(ClaimResult.AlreadyDone, claims["s2"]);
        Assert.Equal(ClaimResult.Claimed, claims["s3"]);
    }

    private TableDeliveryLedger Ledger() => new(
        new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("l") })),
        time,
        Lease);
}
