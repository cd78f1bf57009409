namespace NewsAlerts.Core.Tests.Feeds;

using System.Net;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Feeds;

/// <summary>
/// <see cref="FeedBaseline"/> and the <see cref="FeedRegistrar"/>: the registration's read is stored as seen, with its
/// validators, and a new item after it is new to <see cref="FeedItemHistory.Decide"/>.
/// </summary>
public sealed class A_feed_starts_from_its_registration_read
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Uri Url = new("https://news.test/feed");
    private readonly InMemoryFeedStore store = new();
    private readonly FakeTimeProvider time = new(Now);

    [Fact]
    public async Task The_registration_read_is_stored_as_seen_with_its_validators_and_primed()
    {
        var fetch = new FeedFetch(200, Document(Item("a"), Item("b")), "\"v1\"", "Tue, 01 Dec 2026 09:00:00 GMT", null, null, null);

        var added = (await Registrar(fetch).RegisterAsync(Changes(), CancellationToken.None)).Added!;
        var seen = await store.SeenAsync(added.Registration.Id, CancellationToken.None);

        Assert.True(added.State.Primed);
        Assert.Equal(new FeedValidators("\"v1\"", "Tue, 01 Dec 2026 09:00:00 GMT"), added.State.Validators);
        Assert.Equal(Now, added.State.Health.NextPoll);
        Assert.Equal(2, seen.Count);
        Assert.Equal("https://news.test/a", seen[0].ArticleId);
        Assert.Equal("https://news.test/b", seen[1].ArticleId);
    }

    [Fact]
    public void An_item_after_the_baseline_is_new_and_the_baseline_items_are_unchanged()
    {
        var defaults = new FeedDefaults("feed1", Url, "News", "en", 5, new Dictionary<string, string>());
        var baseline = FeedBaseline.Of(Document(Item("a")), defaults, Now, max: 500);
        var later = Document(Item("a"), Item("b"));
        var articles = later.Items.Select(i => FeedArticles.ToArticle(i, later, defaults, Now).Value!).ToList();

        var decided = FeedItemHistory.Decide(firstPoll: false, baseline, articles);

        Assert.Equal([FeedItemOutcome.Unchanged, FeedItemOutcome.New], decided.Decisions.Select(d => d.Outcome));
    }

    [Fact]
    public void A_baseline_is_bounded_like_a_poll_which_keeps_every_item_of_the_read()
    {
        var defaults = new FeedDefaults("feed1", Url, "News", "en", 5, new Dictionary<string, string>());

        // Prune never drops an item still in the feed (it would be new again on the next poll).
        Assert.Equal(3, FeedBaseline.Of(Document(Item("a"), Item("b"), Item("c")), defaults, Now, max: 2).Count);
    }

    [Fact]
    public async Task An_empty_feed_is_primed_with_no_history_and_its_address_stays_taken()
    {
        var empty = await Registrar(new FeedFetch(200, Document(), null, null, null, null, null)).RegisterAsync(Changes(), CancellationToken.None);
        var taken = await Registrar(new FeedFetch(200, Document(Item("a")), null, null, null, null, null)).RegisterAsync(Changes(), CancellationToken.None);

        Assert.True(empty.Added!.State.Primed);
        Assert.Empty(await store.SeenAsync(empty.Added.Registration.Id, CancellationToken.None));
        Assert.Equal(empty.Added.Registration.Id, taken.RegisteredAs);
        Assert.Single(await store.ListAsync(CancellationToken.None));
    }

    private FeedRegistrar Registrar(FeedFetch fetch) =>
        new(store, new FetcherByUrl(_ => fetch), new FeedUrlGuard((_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34") }), false), time);

    private static FeedChanges Changes() => new(Url, null, null, null, null, null, null);

    private static FeedDocument Document(params FeedItem[] items) => new("rss", "News", "en", items, []);

    private static FeedItem Item(string key) => new($"g-{key}", false, $"https://news.test/{key}", $"Headline {key}", null, $"Body {key}", null, Now, [], null);
}
