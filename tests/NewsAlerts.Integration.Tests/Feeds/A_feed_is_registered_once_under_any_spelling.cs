namespace NewsAlerts.Integration.Tests.Feeds;

using System.Net;
using NewsAlerts.Testing;

/// <summary>
/// <c>POST /api/feeds</c> against Azurite: a second spelling of a registered feed's URL is refused with 409 naming
/// <c>url</c> and the feed's id, also when the registrations race; removing the feed frees its URL.
/// </summary>
public sealed class A_feed_is_registered_once_under_any_spelling(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private FeedStand stand = null!;

    public async Task InitializeAsync() => stand = await FeedStand.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Theory]
    [InlineData("HTTP://127.0.0.1:{port}/{path}#a")]
    [InlineData("http://127.0.0.1:{port}/{path}#latest")]
    [InlineData("http://127.0.0.1:{port}/./{path}")]
    [InlineData("http://127.0.0.1:{port}/x/../{path}")]
    [InlineData("http://127.0.0.1:{port}/%73{rest}")]
    [InlineData("http://127.0.0.1:{port}/{path}?")]
    public async Task Another_spelling_of_a_registered_feed_is_409_naming_url_and_the_feed(string spelling)
    {
        var path = Publish("spelling");
        var id = await stand.AddFeedAsync(path);
        var url = spelling
            .Replace("{port}", stand.Server.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{path}", path, StringComparison.Ordinal)
            .Replace("{rest}", path[1..], StringComparison.Ordinal);

        using var again = await stand.AddAsync(new { url });
        var problem = await Api.BodyAsync(again);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Contains(id, problem.GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(id, problem.GetProperty("feedId").GetString());
    }

    [Fact]
    public async Task Registrations_of_one_feed_at_once_give_one_201_and_409s_naming_it()
    {
        var path = Publish("race");
        var spellings = new[] { "", "#a", "#b", "#c", "?", "#d", "#e", "#f" }
            .Select(tail => stand.Server.UrlOf(path).AbsoluteUri + tail)
            .ToList();

        var responses = await Task.WhenAll(spellings.Select(url => stand.AddAsync(new { url })));
        var bodies = await Task.WhenAll(responses.Select(r => Api.BodyAsync(r)));

        var created = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var id = bodies[Array.IndexOf(responses, created)].GetProperty("id").GetString();
        Assert.All(
            responses.Zip(bodies).Where(p => p.First != created),
            p =>
            {
                Assert.Equal(HttpStatusCode.Conflict, p.First.StatusCode);
                Assert.Equal(id, p.Second.GetProperty("feedId").GetString());
            });
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Removing_a_feed_frees_its_url()
    {
        var path = Publish("freed");
        var first = await stand.AddFeedAsync(path);
        using var deleted = await stand.SendAsync(HttpMethod.Delete, first);

        using var again = await stand.AddAsync(new { url = stand.Server.UrlOf(path).AbsoluteUri + "#again" });
        var body = await Api.BodyAsync(again);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.NotEqual(first, body.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_feed_registered_by_its_old_url_holds_the_url_it_moved_to()
    {
        var path = Publish("moved");
        var old = $"old-{path}";
        stand.Server.Redirect(old, stand.Server.UrlOf(path), 301);
        var id = await stand.AddFeedAsync(old);

        using var direct = await stand.AddAsync(new { url = stand.Server.UrlOf(path).AbsoluteUri });

        Assert.Equal(HttpStatusCode.Conflict, direct.StatusCode);
        Assert.Equal(id, (await Api.BodyAsync(direct)).GetProperty("feedId").GetString());
    }

    private string Publish(string name)
    {
        var path = $"{name}-{Guid.NewGuid():N}.xml";
        stand.Server.Publish(path, new RssFeed($"Stand {name}", []).ToXml());
        return path;
    }
}
