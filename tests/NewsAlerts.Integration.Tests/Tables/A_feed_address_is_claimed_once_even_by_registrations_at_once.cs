namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Testing;

/// <summary>
/// <see cref="TableFeedStore.AddAsync"/> against Azurite: of many adds of one feed under different spellings at once,
/// one stores and every other answers its id; a claim left without its feed (a crash) is taken over after the grace.
/// Issue 18 (console30): feeds stored before the claims existed hold their addresses (claimed once per table before any
/// claim is read), and a feed's new address after a permanent move is claimed for it.
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

    private (TableFeedStore Store, TableSet Tables) Store()
    {
        var tables = new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("fa") }));
        return (new TableFeedStore(tables), tables);
    }

    private static FeedRegistration Feed(string id, string url, DateTimeOffset at) =>
        new(id, new Uri(url), TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), false, at);
}
