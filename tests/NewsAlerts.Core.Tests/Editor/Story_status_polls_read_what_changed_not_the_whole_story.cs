namespace NewsAlerts.Core.Tests.Editor;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;

/// <summary>
/// Issue 17 (console17): the story page's per-channel status read every ledger row of the story on every poll (every 3
/// seconds while sending, for every editor watching). <see cref="StoryLedgerStatus"/> reads the story once, then only
/// the rows changed since the previous poll (less its overlap), and the whole story again every five minutes; counted
/// in rows the ledger returns, for a story of 5,000 deliveries.
/// </summary>
public sealed class Story_status_polls_read_what_changed_not_the_whole_story
{
    private const int Deliveries = 5000;
    private const string Story = "urn:test:big";
    private static readonly DateTimeOffset Sent = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Sent);
    private readonly CountingLedger ledger = new();

    public Story_status_polls_read_what_changed_not_the_whole_story()
    {
        foreach (var i in Enumerable.Range(0, Deliveries))
        {
            ledger.Rows[(Story, $"s{i:D5}")] = new LedgerEntry($"s{i:D5}", Channel.Sms, LedgerState.Sent, null, Sent);
        }
    }

    [Fact]
    public async Task Polls_after_the_first_read_only_the_rows_that_changed()
    {
        var status = new StoryLedgerStatus(ledger, time);
        time.Advance(StoryLedgerStatus.Overlap + TimeSpan.FromSeconds(30));
        Assert.Equal(Deliveries, Tally(await status.RowsAsync(Story, Channel.Sms, CancellationToken.None)).Sent);
        Assert.Equal(Deliveries, ledger.RowsListed);

        for (var poll = 1; poll <= 20; poll++)
        {
            time.Advance(TimeSpan.FromSeconds(3)); // the story page's script polls every 3 seconds
            Deliver($"s{poll:D5}");
            var tally = Tally(await status.RowsAsync(Story, Channel.Sms, CancellationToken.None));
            Assert.Equal((Deliveries - poll, poll), (tally.Sent, tally.Delivered));
        }

        // 20 polls read the 20 rows reported delivered, each again on the polls within the overlap: at most 20 x 20.
        Assert.InRange(ledger.RowsListed - Deliveries, 20, 20 * 20);
    }

    [Fact]
    public async Task The_whole_story_is_read_again_every_five_minutes_and_a_story_nobody_watches_is_forgotten()
    {
        var status = new StoryLedgerStatus(ledger, time);
        await status.RowsAsync(Story, Channel.Sms, CancellationToken.None);

        time.Advance(StoryLedgerStatus.FullReadEvery);
        await status.RowsAsync(Story, Channel.Sms, CancellationToken.None);
        Assert.Equal(2 * Deliveries, ledger.RowsListed);

        time.Advance(StoryLedgerStatus.KeepFor);
        ledger.Rows.TryRemove((Story, "s00000"), out _);
        Assert.Equal(Deliveries - 1, (await status.RowsAsync(Story, Channel.Sms, CancellationToken.None)).Count);
    }

    private void Deliver(string id) =>
        ledger.Rows[(Story, id)] = new LedgerEntry(id, Channel.Sms, LedgerState.Delivered, null, time.GetUtcNow());

    private static ChannelTally Tally(IReadOnlyCollection<LedgerEntry> rows) => DeliveryTally.Of(Channel.Sms, rows, planned: Deliveries);
}
