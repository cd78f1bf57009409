namespace NewsAlerts.Integration.Tests.Feeds;

using System.Net;
using System.Text.Json;
using NewsAlerts.Testing;

/// <summary>
/// Issue 18 (console30): one feed per address held only for the addresses known at registration. A feed that a
/// permanent redirect (301, 308) moves after it was registered now claims its new address when the poller records the
/// move, so registering the new address is 409 naming it; when another feed already holds that address, polling goes on
/// and the moved feed's health says so in words until one of the two is removed. And a duplicate whose URL no longer
/// answers is 409 naming the feed, not the fetch's refusal: the claim is read before the fetch.
/// </summary>
public sealed class A_feed_moved_by_a_permanent_redirect_holds_its_new_address(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private FeedStand stand = null!;

    public async Task InitializeAsync() => stand = await FeedStand.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Theory]
    [InlineData(301)]
    [InlineData(308)]
    public async Task Registering_the_address_a_feed_moved_to_is_409_naming_the_feed(int status)
    {
        var old = Publish("before-move");
        var moved = Publish("after-move");
        var id = await stand.AddFeedAsync(old);
        stand.Server.Redirect(old, stand.Server.UrlOf(moved), status);

        await stand.PollAsync();
        using var direct = await stand.AddAsync(new { url = stand.Server.UrlOf(moved).AbsoluteUri + "#direct" });
        var problem = await Api.BodyAsync(direct);

        Assert.Equal(stand.Server.UrlOf(moved).AbsoluteUri, (await stand.GetAsync(id)).GetProperty("fetchedFrom").GetString());
        Assert.Equal(HttpStatusCode.Conflict, direct.StatusCode);
        Assert.Equal(id, problem.GetProperty("feedId").GetString());
    }

    [Fact]
    public async Task A_feed_moved_onto_another_feeds_address_is_flagged_in_words_and_polled_until_one_is_removed()
    {
        var target = Publish("target");
        var mover = Publish("mover");
        var holder = await stand.AddFeedAsync(target);
        var id = await stand.AddFeedAsync(mover);
        stand.Server.Redirect(mover, stand.Server.UrlOf(target), 301);

        await stand.PollAsync();
        var health = (await stand.GetAsync(id)).GetProperty("health");

        Assert.True(health.GetProperty("flagged").GetBoolean());
        Assert.Equal(holder, health.GetProperty("duplicateOf").GetString());
        Assert.Contains($"feed '{holder}' is also registered", health.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, health.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(JsonValueKind.String, health.GetProperty("lastSuccess").ValueKind);

        using var removed = await stand.SendAsync(HttpMethod.Delete, holder);
        await stand.PollWhenDueAsync(id);
        var after = (await stand.GetAsync(id)).GetProperty("health");
        using var again = await stand.AddAsync(new { url = stand.Server.UrlOf(target).AbsoluteUri });

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.False(after.GetProperty("flagged").GetBoolean());
        Assert.True(!after.TryGetProperty("notice", out var notice) || notice.ValueKind == JsonValueKind.Null, after.ToString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(id, (await Api.BodyAsync(again)).GetProperty("feedId").GetString());
    }

    [Theory]
    [InlineData(404)]
    [InlineData(503)]
    public async Task A_duplicate_whose_url_no_longer_answers_is_409_naming_the_feed(int status)
    {
        var path = Publish("gone");
        var id = await stand.AddFeedAsync(path);
        stand.Server.Fail(path, status);

        using var again = await stand.AddAsync(new { url = stand.Server.UrlOf(path).AbsoluteUri + "#again" });
        var problem = await Api.BodyAsync(again);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(id, problem.GetProperty("feedId").GetString());
        Assert.Contains(id, problem.GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);
    }

    private string Publish(string name)
    {
        var path = $"{name}-{Guid.NewGuid():N}.xml";
        stand.Server.Publish(path, new RssFeed($"Stand {name}", []).ToXml());
        return path;
    }
}
