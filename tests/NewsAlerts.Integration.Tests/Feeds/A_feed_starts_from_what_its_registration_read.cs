namespace NewsAlerts.Integration.Tests.Feeds;

using NewsAlerts.Testing;

/// <summary>
/// Issue 18, fault 1: the items present when a feed is registered are its baseline (never alerted), and anything that
/// appears after that read alerts on the first poll that sees it, however that poll comes: the first poll, a poll after
/// failed ones, or an empty feed's first item.
/// </summary>
[Collection("queues")]
public sealed class A_feed_starts_from_what_its_registration_read(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly string subscriberId = $"baseline-{Guid.NewGuid():N}";
    private FeedStand stand = null!;

    public async Task InitializeAsync()
    {
        stand = await FeedStand.StartAsync(fixture.Stack);
        await stand.FollowAsync(subscriberId, "baseline@example.com", "truce");
    }

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Fact]
    public async Task An_item_published_between_registration_and_the_first_poll_alerts_and_the_registered_ones_do_not()
    {
        var (path, feed) = NewFeed("between", items: 2);
        await stand.AddFeedAsync(path);
        var fresh = Item(path, "fresh", "Truce agreed overnight", "A truce was agreed overnight.");
        stand.Server.Publish(path, feed.With(fresh).ToXml());

        await stand.PollAsync();

        var batch = Assert.Single(await stand.DrainEmailAlertsAsync([fresh.Guid]));
        Assert.Equal(subscriberId, Assert.Single(batch.GetProperty("recipients").EnumerateArray()).GetProperty("subscriberId").GetString());
        Assert.Empty(await stand.DrainEmailAlertsAsync([.. feed.Items.Select(i => i.Guid)]));
        Assert.Equal([200], stand.RequestsFor(path).Select(r => r.Status));
    }

    [Fact]
    public async Task A_feed_whose_first_polls_failed_alerts_what_appeared_since_registration_once_it_reads_again()
    {
        var (path, feed) = NewFeed("failed", items: 1);
        var id = await stand.AddFeedAsync(path);
        stand.Server.Publish(path, "<html><body>Server error</body></html>", "text/html; charset=utf-8");
        await stand.PollAsync();
        Assert.Equal(1, (await stand.GetAsync(id)).GetProperty("health").GetProperty("consecutiveFailures").GetInt32());
        var fresh = Item(path, "fresh", "Truce holds after a failed night", "The truce held.");

        stand.Server.Publish(path, feed.With(fresh).ToXml());
        await stand.PollWhenDueAsync(id);

        Assert.Single(await stand.DrainEmailAlertsAsync([fresh.Guid]));
        Assert.Empty(await stand.DrainEmailAlertsAsync([.. feed.Items.Select(i => i.Guid)]));
    }

    [Fact]
    public async Task An_empty_feed_at_registration_alerts_its_first_item()
    {
        var (path, feed) = NewFeed("empty", items: 0);
        var id = await stand.AddFeedAsync(path);
        Assert.True((await stand.GetAsync(id)).GetProperty("health").GetProperty("primed").GetBoolean());
        var first = Item(path, "first", "Truce talks begin", "Talks on a truce begin.");

        stand.Server.Publish(path, feed.With(first).ToXml());
        await stand.PollAsync();

        Assert.Single(await stand.DrainEmailAlertsAsync([first.Guid]));
    }

    private (string Path, RssFeed Feed) NewFeed(string name, int items)
    {
        var path = $"{name}-{Guid.NewGuid():N}.xml";
        var feed = new RssFeed($"Stand {name}", [.. Enumerable.Range(0, items).Select(i => Item(path, $"old{i}", $"Truce report {i} from the archive", $"An older truce story, number {i}."))]);
        stand.Server.Publish(path, feed.ToXml());
        return (path, feed);
    }

    private RssItem Item(string path, string key, string title, string description) =>
        new($"urn:baseline:{path}:{key}", title, description, $"https://example.com/{path}/{key}", stand.Time.GetUtcNow().AddMinutes(-1));
}
