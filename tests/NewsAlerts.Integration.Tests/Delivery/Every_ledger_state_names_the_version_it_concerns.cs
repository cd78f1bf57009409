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
/// Issue 17 (review): the ledger wrote <c>Version</c> only with Sent, and a later record replaced the row whole, so a
/// row could lose the version of the text it was about. In Azurite: a row keeps its version through a provider's
/// verdict (delivered, failed), a record that names none, a failure recorded with one, and a claim taken over.
/// </summary>
public sealed class Every_ledger_state_names_the_version_it_concerns(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string Article = "urn:test:ledger-version";
    private static readonly ClaimLease Lease = new(TimeSpan.FromMinutes(5), TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Delivered_and_failed_rows_still_name_the_version_that_was_sent()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Article, Channel.Sms, ["delivered", "failed", "late"], CancellationToken.None);
        await ledger.RecordAsync(Article, Channel.Sms, [new("delivered", LedgerState.Sent, "SM-v-1", null, 2), new("failed", LedgerState.Sent, "SM-v-2", null, 2)], CancellationToken.None);
        // A callback that beats the record: kept, then applied when the record links it.
        await ledger.RecordProviderStatusAsync("SM-v-3", LedgerState.Delivered, null, CancellationToken.None);
        await ledger.RecordAsync(Article, Channel.Sms, [new("late", LedgerState.Sent, "SM-v-3", null, 3)], CancellationToken.None);

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
        await ledger.ClaimAsync(Article, Channel.Email, ["retried", "failed", "skipped"], CancellationToken.None);
        await ledger.RecordAsync(Article, Channel.Email, [new("retried", LedgerState.Retrying, null, "SMTP 421", 2), new("failed", LedgerState.Failed, null, "550 no such mailbox", 2)], CancellationToken.None);
        await ledger.RecordAsync(Article, Channel.Email, [new("skipped", LedgerState.Skipped, null, "paused", 1)], CancellationToken.None);

        // Claimed again by the next delivery of the batch, then recorded by a writer that names no version.
        Assert.Equal(ClaimResult.Claimed, (await ledger.ClaimAsync(Article, Channel.Email, ["retried"], CancellationToken.None))["retried"]);
        var whileClaimed = await RowAsync(ledger, "retried", Channel.Email);
        await ledger.RecordAsync(Article, Channel.Email, [new("retried", LedgerState.Retrying, null, "SMTP 421")], CancellationToken.None);
        var marked = await ledger.MarkDeadLetteredAsync(Article, Channel.Email, ["retried"], 10, CancellationToken.None);

        Assert.Equal((LedgerState.Claimed, (int?)2), whileClaimed);
        Assert.Equal(1, marked);
        Assert.Equal((LedgerState.DeadLettered, (int?)2), await RowAsync(ledger, "retried", Channel.Email));
        Assert.Equal((LedgerState.Failed, (int?)2), await RowAsync(ledger, "failed", Channel.Email));
        Assert.Equal((LedgerState.Skipped, (int?)1), await RowAsync(ledger, "skipped", Channel.Email));
        Assert.All(await ListAsync(ledger, Channel.Email), row => Assert.NotNull(row.Version));
    }

    private static async Task<(LedgerState, int?)> RowAsync(TableDeliveryLedger ledger, string id, Channel channel) =>
        (await ledger.GetAsync(Article, id, channel, CancellationToken.None)) is { } row ? (row.State, row.Version) : throw new InvalidOperationException($"No row for {id}.");

    private static async Task<List<LedgerEntry>> ListAsync(TableDeliveryLedger ledger, Channel channel)
    {
        var rows = new List<LedgerEntry>();
        await foreach (var row in ledger.ListAsync(Article, channel, CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    private TableDeliveryLedger Ledger() => new(
        new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("v") })),
        time,
        Lease);
}
