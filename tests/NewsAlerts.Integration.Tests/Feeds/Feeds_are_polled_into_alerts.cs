namespace NewsAlerts.Integration.Tests.Feeds;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Ports;
using NewsAlerts.Testing;

/// <summary>
/// Feeds polled from the local feed server through the local host: conditional requests, new items alerting within one
/// poll through the same ingestion as the API, corrections as versions, GUID rewrites alerting nobody, Retry-After,
/// a broken feed flagged and retried, one poll per feed however many pollers run.
/// </summary>
[Collection("queues")]
public sealed class Feeds_are_polled_into_alerts(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly string subscriberId = $"feeds-{Guid.NewGuid():N}";
    private FeedStand stand = null!;

    public async Task InitializeAsync()
    {
        stand = await FeedStand.StartAsync(fixture.Stack);
        await stand.FollowAsync(subscriberId, "feeds@example.com", "ceasefire");
    }

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Fact]
    public async Task The_items_read_at_registration_never_alert_and_an_unchanged_feed_is_answered_304_from_the_first_poll()
    {
        var (path, feed) = NewFeed("first", items: 2);
        var id = await stand.AddFeedAsync(path);

        await stand.PollAsync();
        var afterFirst = await stand.GetAsync(id);
        await stand.PollWhenDueAsync(id);
        var afterSecond = await stand.GetAsync(id);

        Assert.Empty(await stand.DrainEmailAlertsAsync([.. feed.Items.Select(i => i.Guid)]));
        Assert.True(afterFirst.GetProperty("health").GetProperty("primed").GetBoolean());
        var requests = stand.RequestsFor(path);
        // The registration's read gave the validators: the first poll is already conditional.
        Assert.Equal([304, 304], requests.Select(r => r.Status));
        Assert.NotNull(requests[0].IfNoneMatch);
        Assert.NotNull(requests[0].IfModifiedSince);
        Assert.Equal(304, afterSecond.GetProperty("health").GetProperty("lastStatus").GetInt32());
        Assert.Equal(0, afterSecond.GetProperty("health").GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task Requests_name_newsalerts_with_a_contact_url_and_accept_compression()
    {
        var (path, _) = NewFeed("agent", items: 1);
        await stand.AddFeedAsync(path);

        await stand.PollAsync();

        var request = Assert.Single(stand.RequestsFor(path));
        Assert.StartsWith("NewsAlerts/", request.UserAgent, StringComparison.Ordinal);
        Assert.Contains($"+{stand.Host.Client.BaseAddress}", request.UserAgent, StringComparison.Ordinal);
        Assert.Contains("gzip", request.AcceptEncoding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_item_alerts_the_subscriber_within_one_poll()
    {
        var (path, feed) = NewFeed("new", items: 2);
        var id = await stand.AddFeedAsync(path);
        await stand.PollAsync();
        var fresh = Item(path, "fresh", "Ceasefire agreed at dawn", "Both sides agreed a ceasefire at dawn.");
        stand.Server.Publish(path, feed.With(fresh).ToXml());

        await stand.PollWhenDueAsync(id);

        var batch = Assert.Single(await stand.DrainEmailAlertsAsync([fresh.Guid]));
        Assert.Equal(subscriberId, Assert.Single(batch.GetProperty("recipients").EnumerateArray()).GetProperty("subscriberId").GetString());
        Assert.Equal(1, (await Articles.GetAsync(fresh.Guid, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task A_changed_item_becomes_the_next_version_of_its_article()
    {
        var (path, feed) = NewFeed("changed", items: 1);
        var id = await stand.AddFeedAsync(path);
        await stand.PollAsync();
        var item = Item(path, "story", "Ceasefire talks open", "Talks on a ceasefire open in Geneva.");
        feed = feed.With(item);
        stand.Server.Publish(path, feed.ToXml());
        await stand.PollWhenDueAsync(id);
        await stand.DrainEmailAlertsAsync([item.Guid]);

        stand.Server.Publish(path, feed.Replace(item.Guid, i => i with { Description = "Talks on a ceasefire open in Geneva; the first session ended without a text." }).ToXml());
        await stand.PollWhenDueAsync(id);

        var stored = await Articles.GetAsync(item.Guid, CancellationToken.None);
        Assert.Equal(2, stored!.Version);
        Assert.Contains("without a text", stored.Body, StringComparison.Ordinal);
        Assert.Equal(2, (await stand.Host.Services.GetRequiredService<IFeedStore>().SeenAsync(id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_feed_that_rewrites_its_guids_alerts_nobody()
    {
        var (path, feed) = NewFeed("rewrite", items: 1);
        var id = await stand.AddFeedAsync(path);
        await stand.PollAsync();
        var item = Item(path, "kept", "Ceasefire holds overnight", "The ceasefire held overnight.");
        feed = feed.With(item);
        stand.Server.Publish(path, feed.ToXml());
        await stand.PollWhenDueAsync(id);
        Assert.Single(await stand.DrainEmailAlertsAsync([item.Guid]));

        var rewritten = feed with { Items = [.. feed.Items.Select(i => i with { Guid = i.Guid.Replace("urn:test:", "urn:migrated:", StringComparison.Ordinal) })] };
        stand.Server.Publish(path, rewritten.ToXml());
        await stand.PollWhenDueAsync(id);

        Assert.Empty(await stand.DrainEmailAlertsAsync([.. feed.Items.Select(i => i.Guid), .. rewritten.Items.Select(i => i.Guid)]));
        foreach (var item2 in rewritten.Items)
        {
            Assert.Null(await Articles.GetAsync(item2.Guid, CancellationToken.None));
        }

        Assert.Equal(200, stand.RequestsFor(path)[^1].Status);
    }

    [Fact]
    public async Task A_503_with_retry_after_120_moves_the_next_poll_by_120_seconds()
    {
        var (path, _) = NewFeed("busy", items: 1);
        var id = await stand.AddFeedAsync(path);
        await stand.PollAsync();
        stand.Server.Fail(path, 503, "120");

        await stand.PollWhenDueAsync(id);

        var health = (await stand.GetAsync(id)).GetProperty("health");
        Assert.Equal(503, health.GetProperty("lastStatus").GetInt32());
        Assert.Equal(
            health.GetProperty("lastErrorAt").GetDateTimeOffset().AddSeconds(120),
            health.GetProperty("nextPoll").GetDateTimeOffset());
        Assert.Equal(1, health.GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task A_broken_feed_is_flagged_after_a_day_and_retried_until_it_reads_again()
    {
        var (path, feed) = NewFeed("broken", items: 1);
        var id = await stand.AddFeedAsync(path);
        stand.Server.Publish(path, "<html><body><h1>Site maintenance</h1></body></html>", "text/html; charset=utf-8");

        await stand.PollAsync();
        var polls = 1;
        while (!(await stand.GetAsync(id)).GetProperty("health").GetProperty("flagged").GetBoolean())
        {
            Assert.True(polls < 30, "the feed is flagged within 30 polls (a day of capped backoff)");
            await stand.PollWhenDueAsync(id);
            polls++;
        }

        var flagged = (await stand.GetAsync(id)).GetProperty("health");
        stand.Server.Publish(path, feed.ToXml());
        await stand.PollWhenDueAsync(id);
        var healed = (await stand.GetAsync(id)).GetProperty("health");

        Assert.Equal(polls, flagged.GetProperty("consecutiveFailures").GetInt32());
        Assert.Contains("not a feed", flagged.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.True(flagged.GetProperty("primed").GetBoolean());
        Assert.Equal(polls + 1, stand.RequestsFor(path).Count);
        Assert.False(healed.GetProperty("flagged").GetBoolean());
        Assert.Equal(0, healed.GetProperty("consecutiveFailures").GetInt32());
        Assert.True(healed.GetProperty("primed").GetBoolean());
        Assert.Empty(await stand.DrainEmailAlertsAsync([.. feed.Items.Select(i => i.Guid)]));
    }

    [Fact]
    public async Task A_body_cut_mid_way_or_corrupt_gzip_is_that_feeds_failure_and_the_other_feeds_are_polled()
    {
        var (cutPath, cutFeed) = NewFeed("cut", items: 3);
        var (gzipPath, gzipFeed) = NewFeed("gzip", items: 1);
        var (okPath, _) = NewFeed("fine", items: 1);
        var cut = await stand.AddFeedAsync(cutPath);
        var gzip = await stand.AddFeedAsync(gzipPath);
        var ok = await stand.AddFeedAsync(okPath);

        // Changed since registration, so the polls are 200s (an unchanged feed is a 304 with no body to break).
        stand.Server.Publish(cutPath, cutFeed.With(Item(cutPath, "later", "Ceasefire report, later", "A later story.")).ToXml());
        stand.Server.Publish(gzipPath, gzipFeed.With(Item(gzipPath, "later", "Ceasefire report, later", "A later story.")).ToXml());
        stand.Server.BreakBody(cutPath, corruptGzip: false);
        stand.Server.BreakBody(gzipPath, corruptGzip: true);

        await stand.PollAsync();
        await stand.PollWhenDueAsync(cut);

        var store = stand.Host.Services.GetRequiredService<IFeedStore>();
        Assert.Equal(2, stand.RequestsFor(cutPath).Count);
        foreach (var (id, path) in new[] { (cut, cutPath), (gzip, gzipPath) })
        {
            var polls = stand.RequestsFor(path).Count;
            var health = (await stand.GetAsync(id)).GetProperty("health");
            Assert.Contains("body read failed", health.GetProperty("lastError").GetString(), StringComparison.Ordinal);
            Assert.Equal(polls, health.GetProperty("consecutiveFailures").GetInt32());
            Assert.True(health.GetProperty("nextPoll").GetDateTimeOffset() > stand.Time.GetUtcNow(), "the next poll is backed off");

            // The lease was given back with the failure recorded: the feed can be leased again at its (backed-off) next poll.
            var lease = await store.TryLeaseAsync(id, health.GetProperty("nextPoll").GetDateTimeOffset(), TimeSpan.FromMinutes(1), CancellationToken.None);
            Assert.NotNull(lease);
            Assert.True(await store.ReleaseAsync(lease, lease.State, seen: null, CancellationToken.None));
        }

        Assert.True((await stand.GetAsync(ok)).GetProperty("health").GetProperty("primed").GetBoolean());
        Assert.Equal(304, stand.RequestsFor(okPath)[0].Status);
    }

    [Fact]
    public async Task A_permanent_redirect_is_followed_and_recorded()
    {
        var (path, _) = NewFeed("moved", items: 1);
        var old = $"old-{path}";
        stand.Server.Redirect(old, stand.Server.UrlOf(path), 301);
        var id = await stand.AddFeedAsync(old);

        await stand.PollAsync();

        var feed = await stand.GetAsync(id);
        Assert.Equal(stand.Server.UrlOf(old).AbsoluteUri, feed.GetProperty("url").GetString());
        Assert.Equal(stand.Server.UrlOf(path).AbsoluteUri, feed.GetProperty("fetchedFrom").GetString());
        Assert.True(feed.GetProperty("health").GetProperty("primed").GetBoolean());
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused_when_polled()
    {
        var (path, _) = NewFeed("private", items: 1);
        var id = await stand.AddFeedAsync(path);
        stand.Server.Redirect(path, new Uri("http://10.0.0.1/feed.xml"), 302);

        await stand.PollAsync();

        var health = (await stand.GetAsync(id)).GetProperty("health");
        Assert.Contains("private", health.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, health.GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task Pollers_running_at_once_poll_each_feed_once()
    {
        var (path, _) = NewFeed("lease", items: 1);
        var id = await stand.AddFeedAsync(path);
        var poller = stand.Host.Services.GetRequiredService<FeedPoller>();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => poller.PollDueAsync(CancellationToken.None)));

        Assert.Single(stand.RequestsFor(path));
        Assert.Equal(1, runs.Sum(r => r.Count(p => p.FeedId == id)));
    }

    [Fact]
    public async Task A_paused_feed_is_not_polled_until_resumed()
    {
        var (path, _) = NewFeed("paused", items: 1);
        var id = await stand.AddFeedAsync(path);
        using (var paused = await stand.SendAsync(HttpMethod.Patch, id, new { paused = true }))
        {
            Assert.True((await Api.BodyAsync(paused)).GetProperty("paused").GetBoolean());
        }

        await stand.PollAsync();
        var whilePaused = stand.RequestsFor(path).Count;
        using (await stand.SendAsync(HttpMethod.Patch, id, new { paused = false }))
        {
        }

        await stand.PollAsync();

        Assert.Equal(0, whilePaused);
        Assert.Single(stand.RequestsFor(path));
    }

    private IArticleStore Articles => stand.Host.Services.GetRequiredService<IArticleStore>();

    private (string Path, RssFeed Feed) NewFeed(string name, int items)
    {
        var path = $"{name}-{Guid.NewGuid():N}.xml";
        var feed = new RssFeed($"Stand {name}", [.. Enumerable.Range(0, items).Select(i => Item(path, $"old{i}", $"Ceasefire report {i} from the archive", $"An older ceasefire story, number {i}."))]);
        stand.Server.Publish(path, feed.ToXml());
        return (path, feed);
    }

    private RssItem Item(string path, string key, string title, string description) =>
        new($"urn:test:{path}:{key}", title, description, $"https://example.com/{path}/{key}", stand.Time.GetUtcNow().AddMinutes(-1));
}
