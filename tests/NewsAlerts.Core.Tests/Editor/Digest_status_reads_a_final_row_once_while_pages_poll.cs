namespace NewsAlerts.Core.Tests.Editor;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Tests.Digests;

/// <summary>Found in a user trial: every poll of the story page read up to 1,000 digest rows again, even those that can no longer change.</summary>
public sealed class Digest_status_reads_a_final_row_once_while_pages_poll
{
    private const int Entries = 40;
    private static readonly DateTimeOffset Due = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Due.AddHours(1));
    private readonly InMemoryDigestStore digests = new();
    private readonly CountingLedger ledger = new();

    private async Task<StoryDigestStatus> StatusOfAsync(LedgerState state)
    {
        await digests.RecordAsync(
            Enumerable.Range(0, Entries).Select(i => new DigestEntry($"s{i:D3}", Due, "a1", "t1", "why", Due.AddHours(-3), DigestEntryState.Sent)).ToList(),
            CancellationToken.None);
        Rows(state);
        return new StoryDigestStatus(digests, ledger, time);
    }

    private void Rows(LedgerState state)
    {
        foreach (var i in Enumerable.Range(0, Entries))
        {
            ledger.Rows[(DigestMessage.LedgerKey(Due), $"s{i:D3}")] = new LedgerEntry($"s{i:D3}", Channel.Email, state, null, null);
        }
    }

    [Fact]
    public async Task Polls_of_a_story_whose_digests_went_out_read_each_row_once()
    {
        var status = await StatusOfAsync(LedgerState.Sent);

        for (var poll = 0; poll < 5; poll++)
        {
            Assert.Equal(Entries, (await status.GetAsync("a1", CancellationToken.None)).InDigest);
            time.Advance(TimeSpan.FromSeconds(3)); // the story page's script polls every 3 seconds
        }

        Assert.Equal(Entries, ledger.Reads);
    }

    [Fact]
    public async Task Rows_still_on_their_way_are_read_on_every_poll_and_show_what_changed()
    {
        var status = await StatusOfAsync(LedgerState.Claimed);
        Assert.Equal(Entries, (await status.GetAsync("a1", CancellationToken.None)).Due);
        Rows(LedgerState.Sent);

        time.Advance(TimeSpan.FromSeconds(3));
        var next = await status.GetAsync("a1", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(3));
        await status.GetAsync("a1", CancellationToken.None);

        Assert.Equal((0, Entries), (next.Due, next.InDigest));
        Assert.Equal(2 * Entries, ledger.Reads);
    }

    [Fact]
    public async Task A_story_nobody_polled_for_a_while_is_read_again()
    {
        var status = await StatusOfAsync(LedgerState.Failed);
        await status.GetAsync("a1", CancellationToken.None);

        time.Advance(StoryDigestStatus.KeepFor);
        var again = await status.GetAsync("a1", CancellationToken.None);

        Assert.Equal(Entries, again.Failed);
        Assert.Equal(2 * Entries, ledger.Reads);
    }

    [Fact]
    public async Task Each_story_keeps_its_own_rows()
    {
        var status = await StatusOfAsync(LedgerState.Sent);

        await status.GetAsync("a1", CancellationToken.None);
        var other = await status.GetAsync("a2", CancellationToken.None);

        Assert.Equal(0, other.Counted);
        Assert.Equal(Entries, ledger.Reads);
    }
}
