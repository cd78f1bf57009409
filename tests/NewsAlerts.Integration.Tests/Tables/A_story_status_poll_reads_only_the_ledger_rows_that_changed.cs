namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Testing;

/// <summary>
/// Issue 17 (console17): the story page's status read the story's whole ledger partition on every poll. In Azurite, for
/// a story of 600 SMS deliveries: the table's changed-since query returns only the rows written since (filtered by the
/// service, counted in rows returned), and <see cref="StoryLedgerStatus"/> over the table reads the story once, then
/// only those rows, and its tally shows them.
/// </summary>
public sealed class A_story_status_poll_reads_only_the_ledger_rows_that_changed(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const int Deliveries = 600;

    [Fact]
    public async Task Only_the_three_rows_delivered_since_are_returned_and_counted()
    {
        var time = new ShiftedClock();
        var ledger = new TableDeliveryLedger(new TableSet(
            new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("sl") })), time);
        var story = $"urn:test:status:{Guid.NewGuid():N}";
        var ids = Enumerable.Range(0, Deliveries).Select(i => $"s{i:D4}").ToList();
        await ledger.ClaimAsync(story, Channel.Sms, ids, CancellationToken.None);
        await ledger.RecordAsync(story, Channel.Sms, [.. ids.Select(id => new LedgerRecord(id, LedgerState.Sent, null, null))], CancellationToken.None);
        var status = new StoryLedgerStatus(ledger, time);

        time.Offset = StoryLedgerStatus.Overlap + TimeSpan.FromMinutes(1);
        Assert.Equal(Deliveries, DeliveryTally.Of(Channel.Sms, await status.RowsAsync(story, Channel.Sms, CancellationToken.None), Deliveries).Sent);
        var since = time.GetUtcNow() - StoryLedgerStatus.Overlap;
        time.Offset += TimeSpan.FromSeconds(3);
        await ledger.RecordAsync(story, Channel.Sms, [.. ids.Take(3).Select(id => new LedgerRecord(id, LedgerState.Delivered, null, null))], CancellationToken.None);

        var changed = new List<LedgerEntry>();
        await foreach (var row in ledger.ListChangedSinceAsync(story, Channel.Sms, since, CancellationToken.None))
        {
            changed.Add(row);
        }

        Assert.Equal(["s0000", "s0001", "s0002"], changed.Select(r => r.SubscriberId).Order(StringComparer.Ordinal));
        var tally = DeliveryTally.Of(Channel.Sms, await status.RowsAsync(story, Channel.Sms, CancellationToken.None), Deliveries);
        Assert.Equal((Deliveries - 3, 3), (tally.Sent, tally.Delivered));
    }
}
