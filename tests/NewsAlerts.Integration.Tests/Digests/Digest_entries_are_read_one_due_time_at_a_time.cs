namespace NewsAlerts.Integration.Tests.Digests;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Digests;
using NewsAlerts.Testing;

/// <summary>The digest store in Azurite: one partition per due time, one entry per story, due times kept until done.</summary>
public sealed class Digest_entries_are_read_one_due_time_at_a_time(StackFixture fixture) : IClassFixture<StackFixture>
{
    private static readonly DateTimeOffset Seven = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Eight = Seven.AddHours(1);

    [Fact]
    public async Task A_due_time_lists_only_its_own_entries_each_subscribers_together()
    {
        var store = Store();
        await store.RecordAsync(
        [
            Entry("s2", Seven, "urn:news:1/a?b#c"),
            Entry("s1", Seven, "urn:news:2"),
            Entry("s1", Seven, "urn:news:1/a?b#c"),
            Entry("s3", Eight, "urn:news:2"),
        ], CancellationToken.None);

        var atSeven = await ListAsync(store, Seven);
        var atEight = await ListAsync(store, Eight);

        Assert.Equal(["s1", "s1", "s2"], atSeven.Select(e => e.SubscriberId));
        Assert.Equal(["s3"], atEight.Select(e => e.SubscriberId));
        Assert.All(atSeven, e => Assert.Equal(Seven, e.DueAt));
        var entry = atSeven.Single(e => e.SubscriberId == "s2");
        Assert.Equal(Entry("s2", Seven, "urn:news:1/a?b#c"), entry);
    }

    [Fact]
    public async Task Recording_a_story_again_for_the_same_digest_keeps_one_entry()
    {
        var store = Store();
        await store.RecordAsync([Entry("s1", Seven, "urn:news:1")], CancellationToken.None);

        await store.RecordAsync([Entry("s1", Seven, "urn:news:1") with { Reason = "version 2" }, Entry("s1", Seven, "urn:news:1") with { Reason = "version 3" }], CancellationToken.None);

        Assert.Equal("version 3", Assert.Single(await ListAsync(store, Seven)).Reason);
    }

    [Fact]
    public async Task Due_times_stay_listed_until_their_run_is_complete_so_a_missed_run_is_done_later()
    {
        var store = Store();
        await store.RecordAsync([Entry("s1", Seven, "urn:news:1"), Entry("s1", Eight, "urn:news:2"), Entry("s1", Eight.AddDays(1), "urn:news:3")], CancellationToken.None);

        var beforeSeven = await store.DueTimesAsync(Seven.AddMinutes(-1), CancellationToken.None);
        var atNine = await store.DueTimesAsync(Eight.AddHours(1), CancellationToken.None);
        await store.CompleteAsync(Seven, CancellationToken.None);
        var afterRun = await store.DueTimesAsync(Eight.AddHours(1), CancellationToken.None);

        Assert.Empty(beforeSeven);
        Assert.Equal([Seven, Eight], atNine);
        Assert.Equal([Eight], afterRun);
    }

    [Fact]
    public async Task Marking_a_subscriber_sent_touches_only_the_stories_their_digest_carried_of_that_due_time()
    {
        var store = Store();
        await store.RecordAsync(
            [Entry("s1", Seven, "urn:news:1"), Entry("s1", Seven, "urn:news:2"), Entry("s1", Seven, "urn:news:late"), Entry("s10", Seven, "urn:news:1"), Entry("s1", Eight, "urn:news:3")],
            CancellationToken.None);

        // urn:news:gone was withdrawn (no row): it must not fail the update of the others.
        await store.MarkSentAsync(Seven, "s1", ["urn:news:1", "urn:news:2", "urn:news:gone"], CancellationToken.None);

        var states = (await ListAsync(store, Seven)).Select(e => (e.SubscriberId, e.ArticleId, e.State)).Order();
        Assert.Equal(
            [("s1", "urn:news:1", DigestEntryState.Sent), ("s1", "urn:news:2", DigestEntryState.Sent), ("s1", "urn:news:late", DigestEntryState.Pending),
             ("s10", "urn:news:1", DigestEntryState.Pending)],
            states);
        Assert.Equal(DigestEntryState.Pending, Assert.Single(await ListAsync(store, Eight)).State);
    }

    [Fact]
    public async Task A_story_finds_every_entry_for_a_retraction_and_removed_pending_ones_are_gone()
    {
        var store = Store();
        await store.RecordAsync([Entry("s1", Seven, "urn:news:withdrawn"), Entry("s2", Eight, "urn:news:withdrawn"), Entry("s2", Eight, "urn:news:other")], CancellationToken.None);
        await store.MarkSentAsync(Seven, "s1", ["urn:news:withdrawn"], CancellationToken.None);

        var entries = await ToListAsync(store.ForArticleAsync("urn:news:withdrawn", CancellationToken.None));
        await store.RemoveAsync([.. entries.Where(e => e.State == DigestEntryState.Pending)], CancellationToken.None);
        var after = await ToListAsync(store.ForArticleAsync("urn:news:withdrawn", CancellationToken.None));

        Assert.Equal([("s1", DigestEntryState.Sent), ("s2", DigestEntryState.Pending)], entries.Select(e => (e.SubscriberId, e.State)).Order());
        Assert.Equal("s1", Assert.Single(after).SubscriberId);
        Assert.Equal("urn:news:other", Assert.Single(await ListAsync(store, Eight)).ArticleId);
    }

    private static DigestEntry Entry(string subscriberId, DateTimeOffset dueAt, string articleId) =>
        new(subscriberId, dueAt, articleId, "t1", "\"Syria\" in the headline", new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero));

    private static Task<List<DigestEntry>> ListAsync(TableDigestStore store, DateTimeOffset dueAt) => ToListAsync(store.ListAsync(dueAt, CancellationToken.None));

    private static async Task<List<DigestEntry>> ToListAsync(IAsyncEnumerable<DigestEntry> entries)
    {
        var list = new List<DigestEntry>();
        await foreach (var entry in entries)
        {
            list.Add(entry);
        }

        return list;
    }

    private TableDigestStore Store() => new(
        new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("d") })));
}
