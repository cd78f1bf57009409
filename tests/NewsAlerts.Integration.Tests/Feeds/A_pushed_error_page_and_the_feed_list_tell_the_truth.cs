namespace NewsAlerts.Integration.Tests.Feeds;

using System.Net;
using System.Text;
using System.Text.Json;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Testing;

/// <summary>
/// Issue 18, faults 2 and 3: a signed push that is not a feed (an error page, an empty body, garbage) is accepted per
/// WebSub §7, ingests nothing and shows in the feed's health in words; the feed list shows each feed exactly as the
/// one-feed view does, WebSub subscription included. Trial r33 #9: such a push counts as a failure in the health
/// (consecutive failures, flagged after a day) and brings the next poll forward, so a poll reads the truth.
/// </summary>
[Collection("queues")]
public sealed class A_pushed_error_page_and_the_feed_list_tell_the_truth(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private FeedStand stand = null!;

    public async Task InitializeAsync()
    {
        stand = await FeedStand.StartAsync(fixture.Stack, webSub: true);
        await stand.FollowAsync($"truth-{Guid.NewGuid():N}", "truth@example.com", "parley");
    }

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Theory]
    [InlineData("text/html", "<html>Server error</html>", "an HTML page")]
    [InlineData("application/rss+xml", "", "not a feed")]
    [InlineData("application/rss+xml", "}{ garbage <<", "not a feed")]
    [InlineData("application/atom+xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Cut", "not a feed")]
    public async Task A_signed_push_that_is_not_a_feed_is_accepted_and_counted_as_a_failure_that_brings_the_poll_forward(string contentType, string text, string said)
    {
        var id = await SubscribedFeedAsync("error");
        var before = (await stand.GetAsync(id)).GetProperty("health");
        var subscription = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;
        var body = Encoding.UTF8.GetBytes(text);
        var pushedFrom = stand.Time.GetUtcNow();

        using var pushed = await stand.PushAsync(id, body, WebSubSignature.Sign("sha256", body, subscription.Secret), contentType);

        Assert.Equal(HttpStatusCode.Accepted, pushed.StatusCode);
        var after = (await stand.GetAsync(id)).GetProperty("health");
        Assert.Contains("WebSub push was not a feed", after.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Contains(said, after.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, after.GetProperty("lastErrorAt").ValueKind);
        foreach (var kept in new[] { "lastSuccess", "lastStatus", "primed", "flagged" })
        {
            Assert.Equal(before.GetProperty(kept).GetRawText(), after.GetProperty(kept).GetRawText());
        }

        Assert.Equal(before.GetProperty("consecutiveFailures").GetInt32() + 1, after.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(JsonValueKind.String, after.GetProperty("failingSince").ValueKind);
        // The next poll comes within the polling floor (Feeds:MinIntervalSeconds, 60 s), not the WebSub fallback's hour.
        Assert.True(after.GetProperty("nextPoll").GetDateTimeOffset() <= stand.Time.GetUtcNow().AddSeconds(60), after.GetProperty("nextPoll").GetRawText());
        Assert.True(after.GetProperty("nextPoll").GetDateTimeOffset() < before.GetProperty("nextPoll").GetDateTimeOffset());

        // Trial r34 #3: it was a push (validly signed), so the health says the hub pushes, and pushes junk; polling does
        // not slow down for it.
        var stored = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;
        Assert.InRange(stored.LastPushAt!.Value, pushedFrom, stand.Time.GetUtcNow());
        var webSub = (await stand.GetAsync(id)).GetProperty("webSub");
        Assert.Equal(stored.LastPushAt, webSub.GetProperty("lastPushAt").GetDateTimeOffset());
        Assert.Equal(after.GetProperty("lastError").GetString(), webSub.GetProperty("lastPushError").GetString());
        Assert.Equal(TimeSpan.FromMinutes(5), WebSubRules.PollInterval(TimeSpan.FromMinutes(5), stored, stand.Time.GetUtcNow(), TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task A_readable_push_after_junk_clears_the_push_error_and_both_set_the_push_time()
    {
        var id = await SubscribedFeedAsync("after");
        var subscription = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;
        var junk = Encoding.UTF8.GetBytes("<html>Bad gateway</html>");
        using (var first = await stand.PushAsync(id, junk, WebSubSignature.Sign("sha256", junk, subscription.Secret), "text/html"))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        Assert.Equal("WebSub push was not a feed: an HTML page", (await stand.GetAsync(id)).GetProperty("webSub").GetProperty("lastPushError").GetString());

        stand.Time.Offset += TimeSpan.FromMinutes(2);
        var readFrom = stand.Time.GetUtcNow();
        var feed = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Hub after</title><link>https://example.com/</link><description>d</description></channel></rss>");
        using (var second = await stand.PushAsync(id, feed, WebSubSignature.Sign("sha256", feed, subscription.Secret), "application/rss+xml"))
        {
            Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        }

        var webSub = (await stand.GetAsync(id)).GetProperty("webSub");
        Assert.InRange(webSub.GetProperty("lastPushAt").GetDateTimeOffset(), readFrom, stand.Time.GetUtcNow());
        Assert.Equal(JsonValueKind.Null, webSub.GetProperty("lastPushError").ValueKind);
    }

    [Fact]
    public async Task Bad_pushes_for_a_day_flag_the_feed_and_a_poll_that_reads_a_feed_clears_it()
    {
        var id = await SubscribedFeedAsync("day");
        var subscription = (await stand.WebSubSubscriptions.GetAsync(id, CancellationToken.None))!;
        var body = Encoding.UTF8.GetBytes("<rss><channel><title>Cut off");

        using (var first = await stand.PushAsync(id, body, WebSubSignature.Sign("sha256", body, subscription.Secret), "application/rss+xml"))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        stand.Time.Offset += TimeSpan.FromDays(1);
        using (var second = await stand.PushAsync(id, body, WebSubSignature.Sign("sha256", body, subscription.Secret), "application/rss+xml"))
        {
            Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        }

        var flagged = (await stand.GetAsync(id)).GetProperty("health");
        Assert.True(flagged.GetProperty("flagged").GetBoolean(), flagged.GetRawText());
        Assert.True(flagged.GetProperty("consecutiveFailures").GetInt32() >= 2, flagged.GetRawText());

        // The feed server still serves the feed: the poll brought forward reads it, and the health says so.
        await stand.PollWhenDueAsync(id);
        var polled = (await stand.GetAsync(id)).GetProperty("health");
        Assert.Equal(0, polled.GetProperty("consecutiveFailures").GetInt32());
        Assert.False(polled.GetProperty("flagged").GetBoolean());
    }

    [Fact]
    public async Task The_list_shows_each_feed_as_the_one_feed_view_does_websub_included()
    {
        var subscribed = await SubscribedFeedAsync("listed");

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/feeds");
        request.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        using var response = await stand.Host.Client.SendAsync(request);
        var list = await Api.BodyAsync(response);
        var one = await stand.GetAsync(subscribed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = Assert.Single(list.GetProperty("feeds").EnumerateArray(), f => f.GetProperty("id").GetString() == subscribed);
        Assert.Equal("active", listed.GetProperty("webSub").GetProperty("state").GetString());
        Assert.Equal(one.GetRawText(), listed.GetRawText());
    }

    private Task<string> SubscribedFeedAsync(string name)
    {
        var path = $"{name}-{Guid.NewGuid():N}.xml";
        return stand.SubscribeAsync(path, new RssFeed($"Hub {name}", [new RssItem($"urn:truth:{path}:old", "Parley from the archive", "An older parley story.", $"https://example.com/{path}/old", stand.Time.GetUtcNow().AddMinutes(-1))]));
    }
}
