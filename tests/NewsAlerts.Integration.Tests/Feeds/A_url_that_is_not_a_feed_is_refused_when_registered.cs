namespace NewsAlerts.Integration.Tests.Feeds;

using System.Net;
using System.Text.Json;
using NewsAlerts.Testing;

/// <summary>
/// <c>POST /api/feeds</c> fetches the URL once, as the poller would (address rules on every redirect, the same
/// <c>User-Agent</c>), with a short timeout, and refuses what is not a feed with 400 naming <c>url</c> and the reason in
/// words; nothing is registered. The timeout is a minute here, so an answer slowed by a busy machine is still read; only
/// the test of a feed that never answers runs its own host with 1 s (the server stalls it: no answer comes in any time).
/// </summary>
public sealed class A_url_that_is_not_a_feed_is_refused_when_registered(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private FeedStand stand = null!;

    public async Task InitializeAsync() =>
        stand = await FeedStand.StartAsync(fixture.Stack, settings: new Dictionary<string, string?> { ["Feeds:RegistrationTimeoutSeconds"] = "60" });

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Fact]
    public async Task A_url_that_answers_404_is_refused()
    {
        var reason = await RefusalAsync($"missing-{Guid.NewGuid():N}.xml");

        Assert.StartsWith("answered 404", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_that_answers_503_is_refused()
    {
        var path = $"busy-{Guid.NewGuid():N}.xml";
        stand.Server.Fail(path, 503, "120");

        Assert.StartsWith("answered 503", await RefusalAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_page_is_refused()
    {
        var path = $"page-{Guid.NewGuid():N}.html";
        stand.Server.Publish(path, "<!doctype html><html><head><title>News</title></head><body><h1>Today</h1></body></html>", "text/html; charset=utf-8");

        Assert.Equal("is an HTML page, not a feed", await RefusalAsync(path));
    }

    [Fact]
    public async Task An_html_page_that_links_a_feed_is_refused_naming_the_feed()
    {
        var folder = $"home-{Guid.NewGuid():N}/";
        var path = folder + "index.html";
        stand.Server.Publish(path, """
            <!doctype html><html><head><title>Newsroom</title>
            <link rel="alternate" type="application/rss+xml" title="Top stories" href="rss.xml">
            </head><body>Top stories</body></html>
            """, "text/html; charset=utf-8");

        var reason = await RefusalAsync(path);

        Assert.Equal($"is an HTML page, not a feed; the page links the feed {stand.Server.UrlOf(folder + "rss.xml").AbsoluteUri}: register that URL", reason);
    }

    [Fact]
    public async Task A_json_document_that_is_not_a_json_feed_is_refused()
    {
        var path = $"api-{Guid.NewGuid():N}.json";
        stand.Server.Publish(path, """{"status":"ok","results":[{"headline":"Ceasefire"}]}""", "application/json");

        var reason = await RefusalAsync(path);

        Assert.Contains("not a JSON Feed", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_that_does_not_answer_in_time_is_refused()
    {
        var path = $"silent-{Guid.NewGuid():N}.xml";
        await using var impatient = await FeedStand.StartAsync(fixture.Stack, settings: new Dictionary<string, string?> { ["Feeds:RegistrationTimeoutSeconds"] = "1" });
        impatient.Server.Publish(path, new RssFeed("Silent", []).ToXml());
        impatient.Server.Stall(path);

        var reason = await RefusalAsync(path, impatient);
        impatient.Server.Heal(path);

        Assert.StartsWith("did not answer within 1 s", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused_at_registration()
    {
        var path = $"private-{Guid.NewGuid():N}.xml";
        stand.Server.Redirect(path, new Uri("http://10.0.0.1/feed.xml"), 302);

        var reason = await RefusalAsync(path);

        Assert.Contains("private", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_is_fetched_once_as_the_poller_would_and_registered()
    {
        var path = $"fine-{Guid.NewGuid():N}.json";
        stand.Server.Publish(path, """{"version":"https://jsonfeed.org/version/1.1","title":"Fine","items":[]}""");

        var id = await stand.AddFeedAsync(path);

        var probe = Assert.Single(stand.Server.Requests, r => r.Path == path);
        Assert.StartsWith("NewsAlerts/", probe.UserAgent, StringComparison.Ordinal);
        Assert.Null(probe.IfNoneMatch);
        Assert.False(string.IsNullOrEmpty(id));
    }

    private async Task<string> RefusalAsync(string path, FeedStand? on = null)
    {
        on ??= stand;
        var url = on.Server.UrlOf(path).AbsoluteUri;
        using var response = await on.AddAsync(new { url });
        var body = await Api.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(
            (await ListAsync(on)).EnumerateArray(),
            f => f.GetProperty("url").GetString() == url);
        return body.GetProperty("errors").GetProperty("url")[0].GetString()!;
    }

    private static async Task<JsonElement> ListAsync(FeedStand on)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/feeds");
        request.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        using var response = await on.Host.Client.SendAsync(request);
        return (await Api.BodyAsync(response)).GetProperty("feeds");
    }
}
