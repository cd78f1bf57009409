namespace NewsAlerts.Core.Tests.Feeds;

using System.Net;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Feeds;

/// <summary><see cref="FeedRegistrar"/>: guard, one fetch, verdict, then one feed per address (the table store's rule is tested against Azurite).</summary>
public sealed class A_feed_is_registered_once_and_only_if_it_is_a_feed
{
    private static readonly Uri Feed = new("https://news.test/feed");
    private static readonly Uri Moved = new("https://feeds.news.test/world.xml");
    private readonly InMemoryFeedStore store = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_feed_is_stored_and_a_second_spelling_of_it_names_the_first()
    {
        var registrar = Registrar(new FetcherByUrl(_ => Rss()));

        var first = await registrar.RegisterAsync(Changes("https://news.test/feed"), CancellationToken.None);
        var second = await registrar.RegisterAsync(Changes("HTTPS://NEWS.test:443/feed/#latest"), CancellationToken.None);

        Assert.NotNull(first.Added);
        Assert.Equal(first.Added.Registration.Id, second.RegisteredAs);
        Assert.Single(await store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_url_that_is_not_a_feed_is_refused_and_nothing_is_stored()
    {
        var registrar = Registrar(new FetcherByUrl(_ => new FeedFetch(404, null, null, null, null, null, null)));

        var outcome = await registrar.RegisterAsync(Changes(Feed.AbsoluteUri), CancellationToken.None);

        Assert.StartsWith("answered 404", outcome.Refusal, StringComparison.Ordinal);
        Assert.Empty(await store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_address_is_not_fetched()
    {
        var fetcher = new FetcherByUrl(_ => Rss());
        var registrar = new FeedRegistrar(store, fetcher, new FeedUrlGuard((_, _) => Task.FromResult(new[] { IPAddress.Parse("10.0.0.7") }), false), time);

        var outcome = await registrar.RegisterAsync(Changes(Feed.AbsoluteUri), CancellationToken.None);

        Assert.Contains("private", outcome.Refusal, StringComparison.Ordinal);
        Assert.Equal(0, fetcher.Calls);
    }

    [Fact]
    public async Task A_feed_polls_where_its_permanent_redirect_leads_and_that_address_is_taken_too()
    {
        var registrar = Registrar(new FetcherByUrl(url => url == Feed ? Rss() with { PermanentlyMovedTo = Moved } : Rss()));

        var old = await registrar.RegisterAsync(Changes(Feed.AbsoluteUri), CancellationToken.None);
        var direct = await registrar.RegisterAsync(Changes(Moved.AbsoluteUri), CancellationToken.None);

        Assert.Equal(Moved, old.Added!.State.Url);
        Assert.Equal(Feed, old.Added.Registration.Url);
        Assert.Equal(old.Added.Registration.Id, direct.RegisteredAs);
    }

    [Fact]
    public async Task An_old_url_that_redirects_to_a_registered_feed_names_it()
    {
        var registrar = Registrar(new FetcherByUrl(url => url == Feed ? Rss() with { PermanentlyMovedTo = Moved } : Rss()));

        var direct = await registrar.RegisterAsync(Changes(Moved.AbsoluteUri), CancellationToken.None);
        var old = await registrar.RegisterAsync(Changes(Feed.AbsoluteUri), CancellationToken.None);

        Assert.Equal(direct.Added!.Registration.Id, old.RegisteredAs);
    }

    [Fact]
    public async Task A_removed_feed_frees_its_address()
    {
        var registrar = Registrar(new FetcherByUrl(_ => Rss()));
        var first = await registrar.RegisterAsync(Changes(Feed.AbsoluteUri), CancellationToken.None);

        await store.DeleteAsync(first.Added!.Registration.Id, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        var again = await registrar.RegisterAsync(Changes(Feed.AbsoluteUri), CancellationToken.None);

        Assert.NotNull(again.Added);
        Assert.NotEqual(first.Added.Registration.Id, again.Added.Registration.Id);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(0)]
    [InlineData(200)]
    public async Task A_duplicate_whose_url_no_longer_answers_names_the_registered_feed_without_a_fetch(int statusNow)
    {
        var working = true;
        var fetcher = new FetcherByUrl(_ => working
            ? Rss()
            : statusNow == 200 ? new FeedFetch(200, null, null, null, null, null, null) : new FeedFetch(statusNow, null, null, null, null, null, "connection refused"));
        var registrar = Registrar(fetcher);
        var first = await registrar.RegisterAsync(Changes(Feed.AbsoluteUri), CancellationToken.None);
        working = false;
        var calls = fetcher.Calls;

        var again = await registrar.RegisterAsync(Changes("https://NEWS.test/feed/#again"), CancellationToken.None);

        Assert.Equal(first.Added!.Registration.Id, again.RegisteredAs);
        Assert.Null(again.Refusal);
        Assert.Equal(calls, fetcher.Calls);
    }

    private FeedRegistrar Registrar(FetcherByUrl fetcher) =>
        new(store, fetcher, new FeedUrlGuard((_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34") }), false), time);

    private static FeedChanges Changes(string url) => new(new Uri(url), null, null, null, null, null, null);

    private static FeedFetch Rss() => new(200, new FeedDocument("rss", "News", "en", [], []), "\"v1\"", null, null, null, null);
}
