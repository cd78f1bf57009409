namespace NewsAlerts.Integration.Tests.Tables;

using System.Text.Json;
using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Testing;

/// <summary>
/// Issue 18 (feed polling at scale), <see cref="TableFeedStore"/> in Azurite: the due query leaves paused feeds out by
/// their registration row's <c>Paused</c> column (an editor's pause is seen by the next query, and a row written before
/// the column existed is still polled) and brings each due feed's registration; a poll's state and history are one
/// transaction under its lease, so a lost lease saves neither.
/// </summary>
public sealed class Due_feeds_come_in_one_query_and_a_poll_writes_its_history_with_its_state(StackFixture fixture) : IClassFixture<StackFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Paused_feeds_are_left_out_by_the_query_and_due_ones_come_with_their_registration()
    {
        var tables = Tables();
        var store = new TableFeedStore(tables);
        await store.AddAsync(Feed("due"), FeedState.New(Url("due"), Now), CancellationToken.None);
        await store.AddAsync(Feed("paused") with { Paused = true }, FeedState.New(Url("paused"), Now), CancellationToken.None);
        await store.AddAsync(Feed("later"), FeedState.New(Url("later"), Now.AddMinutes(5)), CancellationToken.None);
        await store.AddAsync(Feed("pausedlater"), FeedState.New(Url("pausedlater"), Now), CancellationToken.None);
        Assert.True(await store.SaveAsync(Feed("pausedlater") with { Paused = true }, CancellationToken.None));

        // A registration row as the store wrote it before the Paused column: JSON only.
        await store.AddAsync(Feed("legacy"), FeedState.New(Url("legacy"), Now), CancellationToken.None);
        var table = await tables.GetAsync("feeds", CancellationToken.None);
        await table.UpsertEntityAsync(
            new TableEntity("legacy", "registration") { ["Json"] = JsonSerializer.Serialize(Feed("legacy"), JsonRows.Options) }, TableUpdateMode.Replace);

        var due = await store.DueAsync(Now, 100, CancellationToken.None);

        Assert.Equal(["due", "legacy"], due.Select(d => d.Id));
        Assert.All(due, d => Assert.Equal("Stand News", d.Registration.SourceName));
        Assert.Equal(Url("due"), due[0].Url);
        Assert.Single(await store.DueAsync(Now, 1, CancellationToken.None));

        // Unpaused: due again at the next query.
        Assert.True(await store.SaveAsync(Feed("paused"), CancellationToken.None));
        Assert.Equal(["due", "legacy", "paused"], (await store.DueAsync(Now, 100, CancellationToken.None)).Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_history_is_saved_with_the_state_under_the_lease_and_not_at_all_when_the_lease_was_lost()
    {
        var store = new TableFeedStore(Tables());
        await store.AddAsync(Feed("f"), FeedState.New(Url("f"), Now), CancellationToken.None);
        var lease = await store.TryLeaseAsync("f", Now, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.NotNull(lease);
        var after = lease.State with { Primed = true, LastStatus = 200, Health = lease.State.Health with { NextPoll = Now.AddMinutes(5) } };
        SeenItem[] seen = [new("urn:a", ["urn:a"], ["https://news.example/a"], "hash-a", 1)];

        Assert.True(await store.ReleaseAsync(lease, after, seen, CancellationToken.None));

        Assert.Equal("urn:a", Assert.Single(await store.SeenAsync("f", CancellationToken.None)).ArticleId);
        Assert.True((await store.GetAsync("f", CancellationToken.None))!.State.Primed);
        Assert.Empty(await store.DueAsync(Now, 100, CancellationToken.None));

        // The old lease's token no longer holds: neither its state nor its history is written.
        SeenItem[] stale = [new("urn:b", ["urn:b"], [], "hash-b", 1)];
        Assert.False(await store.ReleaseAsync(lease, lease.State, stale, CancellationToken.None));
        Assert.Equal("urn:a", Assert.Single(await store.SeenAsync("f", CancellationToken.None)).ArticleId);
        Assert.True((await store.GetAsync("f", CancellationToken.None))!.State.Primed);

        // A release without a history leaves the saved one as it is.
        var next = await store.TryLeaseAsync("f", Now.AddMinutes(5), TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.NotNull(next);
        Assert.True(await store.ReleaseAsync(next, next.State, seen: null, CancellationToken.None));
        Assert.Equal("urn:a", Assert.Single(await store.SeenAsync("f", CancellationToken.None)).ArticleId);
    }

    [Fact]
    public async Task Two_instances_leasing_one_hosts_batch_at_once_take_each_feed_once_and_the_leases_lapse_as_one_alone()
    {
        var tables = Tables();
        var (first, second) = (new TableFeedStore(tables), new TableFeedStore(tables));
        string[] ids = [.. Enumerable.Range(0, 40).Select(i => $"b{i:D2}")];
        foreach (var id in ids)
        {
            await first.AddAsync(Feed(id), FeedState.New(Url(id), Now), CancellationToken.None);
        }

        var duration = TimeSpan.FromMinutes(1);
        var both = await Task.WhenAll(
            first.TryLeaseManyAsync(ids, Now, duration, CancellationToken.None),
            second.TryLeaseManyAsync([.. ids.Reverse()], Now, duration, CancellationToken.None));

        // Every feed is leased by exactly one instance (each lease is its row's conditional write), until now + duration.
        Assert.Equal(ids, both.SelectMany(l => l).Select(l => l.FeedId).Order(StringComparer.Ordinal));
        Assert.All(both.SelectMany(l => l), l => Assert.Equal(Now + duration, l.Until));
        Assert.Empty(await first.DueAsync(Now.Add(duration).AddSeconds(-1), 100, CancellationToken.None));
        Assert.Empty(await second.TryLeaseManyAsync(ids, Now.Add(duration).AddSeconds(-1), duration, CancellationToken.None));

        // A crashed instance's batch lapses at its time, as a lease taken alone does: then the feeds are due and leased again.
        Assert.Equal(ids.Length, (await first.DueAsync(Now.Add(duration), 100, CancellationToken.None)).Count);
        var again = await second.TryLeaseManyAsync(ids, Now.Add(duration), duration, CancellationToken.None);
        Assert.Equal(ids, again.Select(l => l.FeedId));
        foreach (var lease in again)
        {
            Assert.True(await first.ReleaseAsync(lease, lease.State, seen: null, CancellationToken.None));
        }
    }

    private TableSet Tables() =>
        new(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("fd") }));

    private static Uri Url(string id) => new($"http://127.0.0.1/{id}.xml");

    private static FeedRegistration Feed(string id) =>
        new(id, Url(id), TimeSpan.FromMinutes(5), 5, "en", "Stand News", new Dictionary<string, string>(), false, Now);
}
