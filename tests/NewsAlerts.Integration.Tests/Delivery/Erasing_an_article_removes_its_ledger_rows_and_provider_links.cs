namespace NewsAlerts.Integration.Tests.Delivery;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Testing;

/// <summary>
/// The ledger in Azurite lets go of one article at a time (the fault campaign counts an article's alerts, then erases
/// them): both channels' rows and their provider-id links go, more than one transaction's worth included, and another
/// article's rows stay.
/// </summary>
public sealed class Erasing_an_article_removes_its_ledger_rows_and_provider_links(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task Every_row_of_the_article_goes_and_the_other_article_keeps_its_rows()
    {
        var ledger = Ledger();
        const string erased = "urn:test:erase-article/1";
        const string kept = "urn:test:erase-article/2";
        var many = Enumerable.Range(0, 130).Select(i => $"e{i}").ToArray();
        await ledger.ClaimAsync(erased, Channel.Email, many, CancellationToken.None);
        await ledger.ClaimAsync(erased, Channel.Sms, ["s1", "s2"], CancellationToken.None);
        await ledger.RecordAsync(erased, Channel.Sms, [new LedgerRecord("s1", LedgerState.Sent, "SM-erase-1", null)], CancellationToken.None);
        await ledger.ClaimAsync(kept, Channel.Sms, ["s1"], CancellationToken.None);
        await ledger.RecordAsync(kept, Channel.Sms, [new LedgerRecord("s1", LedgerState.Sent, "SM-keep-1", null)], CancellationToken.None);

        var deleted = await ledger.EraseArticleAsync(erased, CancellationToken.None);

        Assert.Equal(132, deleted);
        Assert.Empty(await ListAsync(ledger, erased, Channel.Email));
        Assert.Empty(await ListAsync(ledger, erased, Channel.Sms));
        Assert.False(await ledger.RecordProviderStatusAsync("SM-erase-1", LedgerState.Delivered, null, CancellationToken.None));
        Assert.True(await ledger.RecordProviderStatusAsync("SM-keep-1", LedgerState.Delivered, null, CancellationToken.None));
        Assert.Equal(LedgerState.Delivered, await ledger.GetStateAsync(kept, "s1", Channel.Sms, CancellationToken.None));
        Assert.Equal(0, await ledger.EraseArticleAsync(erased, CancellationToken.None));
    }

    private static async Task<List<LedgerEntry>> ListAsync(TableDeliveryLedger ledger, string articleId, Channel channel)
    {
        var entries = new List<LedgerEntry>();
        await foreach (var entry in ledger.ListAsync(articleId, channel, CancellationToken.None))
        {
            entries.Add(entry);
        }

        return entries;
    }

    private TableDeliveryLedger Ledger() => new(
        new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("x") })),
        TimeProvider.System);
}
