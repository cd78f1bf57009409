namespace NewsAlerts.Integration.Tests.Delivery;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Testing;

/// <summary>
/// Twilio (and the SMS sink) may call back "delivered" before the dispatcher has recorded the send, which it does
/// once per group after the group's last send. The ledger in Azurite keeps such a status either way round.
/// </summary>
public sealed class A_status_callback_that_beats_the_ledger_record_is_kept(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string Article = "urn:test:early-callback";

    [Fact]
    public async Task Delivered_before_the_send_is_recorded_is_applied_when_it_is()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Article, Channel.Sms, ["s1"], CancellationToken.None);

        var appliedAtOnce = await ledger.RecordProviderStatusAsync("SM-early", LedgerState.Delivered, null, CancellationToken.None);
        await ledger.RecordAsync(Article, Channel.Sms, [new LedgerRecord("s1", LedgerState.Sent, "SM-early", null)], CancellationToken.None);

        Assert.False(appliedAtOnce);
        Assert.Equal(LedgerState.Delivered, await ledger.GetStateAsync(Article, "s1", Channel.Sms, CancellationToken.None));
    }

    [Fact]
    public async Task Failed_after_the_send_is_recorded_is_applied_at_once_with_its_reason()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Article, Channel.Sms, ["s2"], CancellationToken.None);
        await ledger.RecordAsync(Article, Channel.Sms, [new LedgerRecord("s2", LedgerState.Sent, "SM-late", null)], CancellationToken.None);

        var appliedAtOnce = await ledger.RecordProviderStatusAsync("SM-late", LedgerState.Failed, "Twilio error 30003", CancellationToken.None);

        Assert.True(appliedAtOnce);
        Assert.Equal(LedgerState.Failed, await ledger.GetStateAsync(Article, "s2", Channel.Sms, CancellationToken.None));
    }

    [Fact]
    public async Task A_send_with_no_early_callback_stays_sent()
    {
        var ledger = Ledger();
        await ledger.ClaimAsync(Article, Channel.Sms, ["s3"], CancellationToken.None);

        await ledger.RecordAsync(Article, Channel.Sms, [new LedgerRecord("s3", LedgerState.Sent, "SM-quiet", null)], CancellationToken.None);

        Assert.Equal(LedgerState.Sent, await ledger.GetStateAsync(Article, "s3", Channel.Sms, CancellationToken.None));
    }

    private TableDeliveryLedger Ledger() => new(
        new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("l") })),
        TimeProvider.System);
}
