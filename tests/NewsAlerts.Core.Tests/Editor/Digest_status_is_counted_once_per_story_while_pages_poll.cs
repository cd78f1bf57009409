namespace NewsAlerts.Core.Tests.Editor;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Tests.Digests;

public sealed class Digest_status_is_counted_once_per_story_while_pages_poll
{
    private const int Entries = 40;
    private static readonly DateTimeOffset Due = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Due.AddHours(1));
    private readonly InMemoryDigestStore digests = new();
    private readonly CountingLedger ledger = new();

    private async Task<StoryDigestStatus> StatusOfAsync()
    {
        await digests.RecordAsync(
            Enumerable.Range(0, Entries).Select(i => new DigestEntry($"s{i:D3}", Due, "a1", "t1", "why", Due.AddHours(-3), DigestEntryState.Sent)).ToList(),
            CancellationToken.None);
        foreach (var i in Enumerable.Range(0, Entries))
        {
            ledger.Rows[(DigestMessage.LedgerKey(Due), $"s{i:D3}")] = new LedgerEntry($"s{i:D3}", Channel.Email, LedgerState.Claimed, null, null);
        }

        return new StoryDigestStatus(digests, ledger, time);
    }

    [Fact]
    public async Task Polls_within_the_cache_time_cost_one_count()
    {
        var status = await StatusOfAsync();

        for (var poll = 0; poll < 5; poll++)
        {
            var tally = await status.GetAsync("a1", CancellationToken.None);
            Assert.Equal(Entries, tally.Due);
            time.Advance(TimeSpan.FromSeconds(3)); // the story page's script polls every 3 seconds
        }

        Assert.Equal(Entries, ledger.Reads);
    }

    [Fact]
    public async Task After_the_cache_time_the_story_is_counted_again_and_shows_what_changed()
    {
        var status = await StatusOfAsync();
        Assert.Equal(Entries, (await status.GetAsync("a1", CancellationToken.None)).Due);
        foreach (var i in Enumerable.Range(0, Entries))
        {
            ledger.Rows[(DigestMessage.LedgerKey(Due), $"s{i:D3}")] = new LedgerEntry($"s{i:D3}", Channel.Email, LedgerState.Sent, null, null);
        }

        time.Advance(StoryDigestStatus.CacheFor - TimeSpan.FromSeconds(1));
        Assert.Equal(Entries, (await status.GetAsync("a1", CancellationToken.None)).Due);
        time.Advance(TimeSpan.FromSeconds(1));
        var fresh = await status.GetAsync("a1", CancellationToken.None);

        Assert.Equal((0, Entries), (fresh.Due, fresh.InDigest));
        Assert.Equal(2 * Entries, ledger.Reads);
    }

    [Fact]
    public async Task Each_story_has_its_own_count()
    {
        var status = await StatusOfAsync();

        await status.GetAsync("a1", CancellationToken.None);
        var other = await status.GetAsync("a2", CancellationToken.None);

        Assert.Equal(0, other.Counted);
        Assert.Equal(Entries, ledger.Reads);
    }

    [Fact]
    public async Task Concurrent_polls_share_one_count()
    {
        var status = await StatusOfAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => status.GetAsync("a1", CancellationToken.None)));

        Assert.Equal(Entries, ledger.Reads);
    }
}
