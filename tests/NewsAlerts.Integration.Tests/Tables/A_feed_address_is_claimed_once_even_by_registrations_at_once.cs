namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Functions.Feeds;
using NewsAlerts.Testing;

/// <summary>
/// <see cref="TableFeedStore.AddAsync"/> against Azurite: of many adds of one feed under different spellings at once,
/// one stores and every other answers its id; a claim left without its feed (a crash) is taken over after the grace.
/// Issue 18 (console30): feeds stored before the claims existed hold their addresses (claimed once per table before any
/// claim is read), and a feed's new address after a permanent move is claimed for it. Issue 18 (feedperf): the claims of
/// feeds from before are backfilled by a start-up job (<see cref="FeedStorePreparation"/>), once even on instances at once,
/// and a registration that comes first waits for that run instead of doing it in its request.
/// </summary>
public sealed class A_feed_address_is_claimed_once_even_by_registrations_at_once(StackFixture fixture) : IClassFixture<StackFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Of_sixteen_adds_at_once_one_stores_and_the_others_name_it()
    {
        var (store, _) = Store();
        string[] spellings = ["https://x.test/feed", "HTTPS://X.test:443/feed/#a", "https://x.test./feed", "https://x.test/%66eed", "https://X.TEST/feed?"];
        var feeds = Enumerable.Range(0, 16).Select(i => Feed($"f{i:D2}", spellings[i % spellings.Length], Now)).ToList();

        var answers = await Task.WhenAll(feeds.Select(f => store.AddAsync(f, FeedState.New(f.Url, Now), CancellationToken.None)));

        var stored = Assert.Single(feeds.Zip(answers), p => p.Second is null).First;
        Assert.All(answers.Where(a => a is not null), a => Assert.Equal(stored.Id, a));
        Assert.Equal([stored.Id], (await store.ListAsync(CancellationToken.None)).Select(e => e.Registration.Id));
    }

    [Fact]
    public async Task A_removed_feed_frees_its_addresses_and_a_claim_left_by_a_crash_is_taken_over_after_the_grace()
    {
        var (store, table) = Store();
        var first = Feed("first", "https://y.test/feed", Now);
        Assert.Null(await store.AddAsync(first, FeedState.New(new Uri("https://y.test/moved"), Now), CancellationToken.None));
        Assert.True(await store.DeleteAsync(first.Id, CancellationToken.None));
        var second = Feed("second", "https://y.test/moved", Now.AddSeconds(1));
        Assert.Null(await store.AddAsync(second, FeedState.New(second.Url, second.CreatedAt), CancellationToken.None));

        // A crash between the claim and the registration: the rows are gone, the claim stays.
        var client = await table.GetAsync("feeds", CancellationToken.None);
        await client.DeleteEntityAsync(second.Id, "registration");
        await client.DeleteEntityAsync(second.Id, "state");
        var soon = Feed("soon", "https://y.test/moved", second.CreatedAt.AddSeconds(30));
        var later = Feed("later", "https://y.test/moved", second.CreatedAt.AddMinutes(3));

        Assert.Equal(second.Id, await store.AddAsync(soon, FeedState.New(soon.Url, soon.CreatedAt), CancellationToken.None));
        Assert.Null(await store.AddAsync(later, FeedState.New(later.Url, later.CreatedAt), CancellationToken.None));
        Assert.Equal(later.Id, await store.AddAsync(soon, FeedState.New(soon.Url, soon.CreatedAt), CancellationToken.None));
    }

    [Fact]
    public async Task The_address_claims_are_not_feeds()
    {
        var (store, _) = Store();
        var feed = Feed("only", "https://z.test/feed", Now);
        await store.AddAsync(feed, FeedState.New(feed.Url, Now), CancellationToken.None);

        Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Single(await store.DueAsync(Now.AddHours(1), 100, CancellationToken.None));
        Assert.Null(await store.GetAsync("~addresses", CancellationToken.None));
        Assert.False(await store.DeleteAsync("~addresses", CancellationToken.None));
    }

    [Fact]
    public async Task Feeds_registered_before_the_claims_existed_hold_their_addresses()
    {
        var (store, tables) = Store();
        var legacy = Feed("legacy", "https://old.test/feed", Now);
        Assert.Null(await store.AddAsync(legacy, FeedState.New(new Uri("https://old.test/moved"), Now), CancellationToken.None));
        await ForgetClaimsAsync(tables);
        var later = new TableFeedStore(tables);
        var duplicate = Feed("duplicate", "HTTPS://OLD.test/feed/#again", Now.AddHours(1));
        var toMoved = Feed("tomoved", "https://old.test/moved", Now.AddHours(1));

        Assert.Equal(legacy.Id, await later.HolderAsync(new Uri("https://old.test:443/feed"), CancellationToken.None));
        Assert.Equal(legacy.Id, await later.AddAsync(duplicate, FeedState.New(duplicate.Url, duplicate.CreatedAt), CancellationToken.None));
        Assert.Equal(legacy.Id, await later.AddAsync(toMoved, FeedState.New(toMoved.Url, toMoved.CreatedAt), CancellationToken.None));
        Assert.Equal([legacy.Id], (await later.ListAsync(CancellationToken.None)).Select(e => e.Registration.Id));
    }

    [Fact]
    public async Task Registrations_at_once_after_an_upgrade_all_name_the_feed_from_before_the_claims()
    {
        var (store, tables) = Store();
        var legacy = Feed("legacy", "https://race.test/feed", Now);
        Assert.Null(await store.AddAsync(legacy, FeedState.New(legacy.Url, Now), CancellationToken.None));
        await ForgetClaimsAsync(tables);

        // Each registration on its own instance, none of which has backfilled yet.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
        {
            var feed = Feed($"r{i}", $"https://race.test/feed#{i}", Now.AddHours(1));
            return new TableFeedStore(tables).AddAsync(feed, FeedState.New(feed.Url, feed.CreatedAt), CancellationToken.None);
        }));

        Assert.All(answers, a => Assert.Equal(legacy.Id, a));
    }

    [Fact]
    public async Task The_start_up_job_claims_every_feed_from_before_the_claims_once_on_instances_at_once_the_older_of_two_duplicates_first()
    {
        // 110 feeds from before the claims (two transactions' worth), two of them registered at one address, and one moved.
        var (store, tables) = Store();
        var feeds = Enumerable.Range(0, 110).Select(i => Feed($"old{i:D3}", $"https://many{i}.test/feed", Now.AddMinutes(i))).ToList();
        foreach (var feed in feeds)
        {
            var moved = feed.Id == "old007" ? new Uri("https://moved.test/feed") : feed.Url;
            Assert.Null(await store.AddAsync(feed, FeedState.New(moved, feed.CreatedAt), CancellationToken.None));
        }

        await ForgetClaimsAsync(tables);
        await RegisterAtAsync(tables, "old100", from: "https://many100.test/feed", to: "https://MANY3.test/feed/");

        // Four instances start at once; each one's start-up job readies the store before any request.
        var jobs = Enumerable.Range(0, 4).Select(_ => new FeedStorePreparation(new TableFeedStore(tables), TimeProvider.System, NullLogger<FeedStorePreparation>.Instance)).ToList();
        await Task.WhenAll(jobs.Select(j => j.StartAsync(CancellationToken.None)));
        await Task.WhenAll(jobs.Select(j => j.ExecuteTask!));

        var claims = await ClaimsAsync(tables);
        Assert.Contains("backfilled-v1", claims.Keys);
        Assert.Equal(110, claims.Count(c => c.Key != "backfilled-v1"));
        Assert.Equal("old003", claims.Single(c => c.Value.Address == "https://many3.test/feed").Value.FeedId);
        Assert.Equal("old007", claims.Single(c => c.Value.Address == "https://moved.test/feed").Value.FeedId);
        Assert.DoesNotContain(claims.Values, c => c.FeedId == "old100");

        // A registration after it reads only the claims: the older of the two names the address.
        var later = new TableFeedStore(tables);
        Assert.Equal("old003", await later.HolderAsync(new Uri("https://many3.test/feed"), CancellationToken.None));
        var again = Feed("again", "https://moved.test/feed", Now.AddDays(1));
        Assert.Equal("old007", await later.AddAsync(again, FeedState.New(again.Url, again.CreatedAt), CancellationToken.None));
    }

    [Fact]
    public async Task When_the_older_of_two_duplicates_from_before_the_claims_is_removed_the_younger_claims_the_address()
    {
        var (store, tables) = Store();
        var older = Feed("older", "https://twice.test/feed", Now);
        var younger = Feed("younger", "https://elsewhere.test/feed", Now.AddHours(1));
        var unrelated = Feed("unrelated", "https://unrelated.test/feed", Now.AddHours(2));
        foreach (var feed in new[] { older, younger, unrelated })
        {
            Assert.Null(await store.AddAsync(feed, FeedState.New(feed.Url, feed.CreatedAt), CancellationToken.None));
        }

        await ForgetClaimsAsync(tables);
        await RegisterAtAsync(tables, "younger", from: "https://elsewhere.test/feed", to: "https://TWICE.test/feed/");
        var instance = new TableFeedStore(tables);
        await instance.PrepareAsync(CancellationToken.None);
        Assert.Equal("older", await instance.HolderAsync(new Uri("https://twice.test/feed"), CancellationToken.None));

        Assert.True(await instance.DeleteAsync("older", CancellationToken.None));

        Assert.Equal("younger", await instance.HolderAsync(new Uri("https://twice.test/feed"), CancellationToken.None));
        var again = Feed("again", "https://twice.test/feed#again", Now.AddDays(1));
        Assert.Equal("younger", await instance.AddAsync(again, FeedState.New(again.Url, again.CreatedAt), CancellationToken.None));
        Assert.Equal("younger", (await ClaimsAsync(tables)).Single(c => c.Value.Address == "https://twice.test/feed").Value.FeedId);

        // Removing the younger too frees the address for good.
        Assert.True(await instance.DeleteAsync("younger", CancellationToken.None));
        Assert.Null(await instance.HolderAsync(new Uri("https://twice.test/feed"), CancellationToken.None));
    }

    [Fact]
    public async Task A_registration_that_comes_before_the_start_up_job_ends_waits_for_the_same_run()
    {
        var (store, tables) = Store();
        var legacy = Feed("legacy", "https://wait.test/feed", Now);
        Assert.Null(await store.AddAsync(legacy, FeedState.New(legacy.Url, Now), CancellationToken.None));
        await ForgetClaimsAsync(tables);
        var instance = new TableFeedStore(tables);
        var duplicate = Feed("dup", "https://wait.test/feed#again", Now.AddHours(1));

        var started = instance.PrepareAsync(CancellationToken.None);
        var added = instance.AddAsync(duplicate, FeedState.New(duplicate.Url, duplicate.CreatedAt), CancellationToken.None);
        await started;

        Assert.Equal(legacy.Id, await added);
        Assert.Equal(2, (await ClaimsAsync(tables)).Count);
    }

    [Fact]
    public async Task A_moved_feed_claims_its_new_address_or_names_its_holder_and_removal_frees_it()
    {
        var (store, _) = Store();
        var mover = Feed("mover", "https://m.test/a", Now);
        var other = Feed("other", "https://m.test/b", Now);
        await store.AddAsync(mover, FeedState.New(mover.Url, Now), CancellationToken.None);
        await store.AddAsync(other, FeedState.New(other.Url, Now), CancellationToken.None);

        Assert.Equal(other.Id, await store.ClaimAddressAsync(mover.Id, new Uri("https://M.test/b/"), Now.AddDays(1), CancellationToken.None));
        Assert.Null(await store.ClaimAddressAsync(mover.Id, new Uri("https://m.test/c"), Now.AddDays(1), CancellationToken.None));
        Assert.Null(await store.ClaimAddressAsync(mover.Id, new Uri("https://m.test/c#again"), Now.AddDays(1), CancellationToken.None));
        var third = Feed("third", "https://m.test/c", Now.AddDays(2));
        Assert.Equal(mover.Id, await store.HolderAsync(third.Url, CancellationToken.None));
        Assert.Equal(mover.Id, await store.AddAsync(third, FeedState.New(third.Url, third.CreatedAt), CancellationToken.None));

        Assert.True(await store.DeleteAsync(mover.Id, CancellationToken.None));
        Assert.Null(await store.HolderAsync(third.Url, CancellationToken.None));
        Assert.Null(await store.AddAsync(third, FeedState.New(third.Url, third.CreatedAt), CancellationToken.None));
    }

    // The table as a version before the address claims left it: feeds without claims (and no backfill marker).
    private static async Task ForgetClaimsAsync(TableSet tables)
    {
        var client = await tables.GetAsync("feeds", CancellationToken.None);
        await foreach (var row in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"~addresses"}")))
        {
            await client.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        Assert.Empty(await client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"~addresses"}")).ToListAsync());
    }

    // Gives a feed another address as if it had been registered there (before the claims, when nothing refused it).
    private static async Task RegisterAtAsync(TableSet tables, string id, string from, string to)
    {
        var client = await tables.GetAsync("feeds", CancellationToken.None);
        foreach (var rowKey in new[] { "registration", "state" })
        {
            var row = (await client.GetEntityAsync<TableEntity>(id, rowKey)).Value;
            var json = row.GetString("Json");
            Assert.Contains(from, json, StringComparison.Ordinal);
            row["Json"] = json.Replace(from, to, StringComparison.Ordinal);
            await client.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        }
    }

    private static async Task<Dictionary<string, (string? Address, string? FeedId)>> ClaimsAsync(TableSet tables)
    {
        var client = await tables.GetAsync("feeds", CancellationToken.None);
        var claims = new Dictionary<string, (string? Address, string? FeedId)>(StringComparer.Ordinal);
        await foreach (var row in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"~addresses"}")))
        {
            claims[row.RowKey] = (row.GetString("Address"), row.GetString("FeedId"));
        }

        return claims;
    }

    private (TableFeedStore Store, TableSet Tables) Store()
    {
        var tables = new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("fa") }));
        return (new TableFeedStore(tables), tables);
    }

    private static FeedRegistration Feed(string id, string url, DateTimeOffset at) =>
        new(id, new Uri(url), TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), false, at);
}
