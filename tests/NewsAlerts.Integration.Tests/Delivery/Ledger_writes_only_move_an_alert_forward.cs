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
/// reported in between, a live worker's refreshed claim stays held past the lease from its first claim, and every write
/// keeps the article version the row concerns.
/// </summary>
public sealed class Ledger_writes_only_move_an_alert_forward(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string Article = "urn:test:ledger-forward";
    private const string Versioned = "urn:test:ledger-version";
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

    // Issue 17 (review): Version was written only with Sent and a later record replaced the row whole, so a row could
    // lose the version of the text it was about. Every state keeps it.
    [Fact]
    public async Task Delivered_and_failed_rows_still_name_the_version_that_was_sent()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Versioned, Channel.Sms, ["delivered", "failed", "late"], CancellationToken.None);
        await ledger.RecordAsync(Versioned, Channel.Sms, [new("delivered", LedgerState.Sent, "SM-v-1", null, 2), new("failed", LedgerState.Sent, "SM-v-2", null, 2)], CancellationToken.None);
        // A callback that beats the record: kept, then applied when the record links it.
        await ledger.RecordProviderStatusAsync("SM-v-3", LedgerState.Delivered, null, CancellationToken.None);
        await ledger.RecordAsync(Versioned, Channel.Sms, [new("late", LedgerState.Sent, "SM-v-3", null, 3)], CancellationToken.None);

        await ledger.RecordProviderStatusAsync("SM-v-1", LedgerState.Delivered, null, CancellationToken.None);
        await ledger.RecordProviderStatusAsync("SM-v-2", LedgerState.Failed, "30003 unreachable", CancellationToken.None);

        Assert.Equal((LedgerState.Delivered, (int?)2), await RowAsync(ledger, "delivered", Channel.Sms));
        Assert.Equal((LedgerState.Failed, (int?)2), await RowAsync(ledger, "failed", Channel.Sms));
        Assert.Equal((LedgerState.Delivered, (int?)3), await RowAsync(ledger, "late", Channel.Sms));
    }

    [Fact]
    public async Task A_record_or_claim_that_names_no_version_keeps_the_one_the_row_names()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Versioned, Channel.Email, ["retried", "failed", "skipped"], CancellationToken.None);
        await ledger.RecordAsync(Versioned, Channel.Email, [new("retried", LedgerState.Retrying, null, "SMTP 421", 2), new("failed", LedgerState.Failed, null, "550 no such mailbox", 2)], CancellationToken.None);
        await ledger.RecordAsync(Versioned, Channel.Email, [new("skipped", LedgerState.Skipped, null, "paused", 1)], CancellationToken.None);

        // Claimed again by the next delivery of the batch, then recorded by a writer that names no version.
        Assert.Equal(ClaimResult.Claimed, (await ledger.ClaimAsync(Versioned, Channel.Email, ["retried"], CancellationToken.None))["retried"]);
        var whileClaimed = await RowAsync(ledger, "retried", Channel.Email);
        await ledger.RecordAsync(Versioned, Channel.Email, [new("retried", LedgerState.Retrying, null, "SMTP 421")], CancellationToken.None);
        var marked = await ledger.MarkDeadLetteredAsync(Versioned, Channel.Email, ["retried"], 10, CancellationToken.None);

        Assert.Equal((LedgerState.Claimed, (int?)2), whileClaimed);
        Assert.Equal(1, marked);
        Assert.Equal((LedgerState.DeadLettered, (int?)2), await RowAsync(ledger, "retried", Channel.Email));
        Assert.Equal((LedgerState.Failed, (int?)2), await RowAsync(ledger, "failed", Channel.Email));
        Assert.Equal((LedgerState.Skipped, (int?)1), await RowAsync(ledger, "skipped", Channel.Email));
        Assert.All(await ListAsync(ledger, Channel.Email), row => Assert.NotNull(row.Version));
    }

    private static async Task<(LedgerState, int?)> RowAsync(TableDeliveryLedger ledger, string id, Channel channel) =>
        (await ledger.GetAsync(Versioned, id, channel, CancellationToken.None)) is { } row ? (row.State, row.Version) : throw new InvalidOperationException($"No row for {id}.");

    private static async Task<List<LedgerEntry>> ListAsync(TableDeliveryLedger ledger, Channel channel)
    {
        var rows = new List<LedgerEntry>();
        await foreach (var row in ledger.ListAsync(Versioned, channel, CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    private TableDeliveryLedger Ledger() => new(
        new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("w") })),
        time,
        Lease);
}
