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

    private (TableFeedStore Store, TableSet Tables) Store()
    {
        var tables = new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("fa") }));
        return (new TableFeedStore(tables), tables);
    }

    private static FeedRegistration Feed(string id, string url, DateTimeOffset at) =>
        new(id, new Uri(url), TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), false, at);
}
