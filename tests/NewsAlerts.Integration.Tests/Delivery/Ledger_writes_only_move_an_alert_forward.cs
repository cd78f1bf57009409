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
/// The ledger in Azurite: a record written again (a retry after storage timed out) never undoes the status a provider
/// reported in between, and a live worker's refreshed claim stays held past the lease from its first claim.
/// </summary>
public sealed class Ledger_writes_only_move_an_alert_forward(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string Article = "urn:test:ledger-forward";
    private static readonly ClaimLease Lease = new(TimeSpan.FromMinutes(5), TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_retried_sent_record_does_not_replace_the_delivered_status_a_callback_wrote()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Article, Channel.Sms, ["s1", "s2"], CancellationToken.None);
        LedgerRecord[] records = [new("s1", LedgerState.Sent, "SM-forward-1", null), new("s2", LedgerState.Sent, "SM-forward-2", null)];
        await ledger.RecordAsync(Article, Channel.Sms, records, CancellationToken.None);
        Assert.True(await ledger.RecordProviderStatusAsync("SM-forward-1", LedgerState.Delivered, null, CancellationToken.None));

        await ledger.RecordAsync(Article, Channel.Sms, records, CancellationToken.None);

        Assert.Equal(LedgerState.Delivered, await ledger.GetStateAsync(Article, "s1", Channel.Sms, CancellationToken.None));
        Assert.Equal(LedgerState.Sent, await ledger.GetStateAsync(Article, "s2", Channel.Sms, CancellationToken.None));
    }

    [Fact]
    public async Task A_late_retrying_record_does_not_undo_a_failure()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Article, Channel.Email, ["s3"], CancellationToken.None);
        await ledger.RecordAsync(Article, Channel.Email, [new LedgerRecord("s3", LedgerState.Failed, null, "550 mailbox unavailable")], CancellationToken.None);

        await ledger.RecordAsync(Article, Channel.Email, [new LedgerRecord("s3", LedgerState.Retrying, null, "SMTP 421")], CancellationToken.None);

        Assert.Equal(LedgerState.Failed, await ledger.GetStateAsync(Article, "s3", Channel.Email, CancellationToken.None));
    }

    [Fact]
    public async Task A_refreshed_claim_is_held_for_a_lease_from_its_refresh()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Article, Channel.Email, ["s4"], CancellationToken.None);

        time.Advance(Lease.Duration - TimeSpan.FromSeconds(10));
        await ledger.RefreshClaimsAsync(Article, Channel.Email, ["s4"], CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(30));
        var afterFirstLease = (await ledger.ClaimAsync(Article, Channel.Email, ["s4"], CancellationToken.None))["s4"];
        time.Advance(Lease.Duration);
        var afterRefreshedLease = (await ledger.ClaimAsync(Article, Channel.Email, ["s4"], CancellationToken.None))["s4"];

        Assert.Equal(ClaimResult.HeldElsewhere, afterFirstLease);
        Assert.Equal(ClaimResult.ClaimedAfterCrash, afterRefreshedLease);
    }

    [Fact]
    public async Task Refreshing_leaves_a_recorded_alert_as_it_is()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Article, Channel.Email, ["s5"], CancellationToken.None);
        await ledger.RecordAsync(Article, Channel.Email, [new LedgerRecord("s5", LedgerState.Sent, "<s5@example.com>", null)], CancellationToken.None);

        await ledger.RefreshClaimsAsync(Article, Channel.Email, ["s5", "never-claimed"], CancellationToken.None);

        Assert.Equal(LedgerState.Sent, await ledger.GetStateAsync(Article, "s5", Channel.Email, CancellationToken.None));
        Assert.Null(await ledger.GetStateAsync(Article, "never-claimed", Channel.Email, CancellationToken.None));
    }

    private TableDeliveryLedger Ledger() => new(
        new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("w") })),
        time,
        Lease);
}
