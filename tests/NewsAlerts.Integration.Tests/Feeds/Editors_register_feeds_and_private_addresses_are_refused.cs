namespace NewsAlerts.Integration.Tests.Feeds;

using System.Net;
using NewsAlerts.Testing;

/// <summary>The feed registry at <c>/api/feeds</c>: editor key, fields named in problems, refused addresses, list, change, delete.</summary>
public sealed class Editors_register_feeds_and_private_addresses_are_refused(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private FeedStand stand = null!;

    public async Task InitializeAsync() => stand = await FeedStand.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stand.DisposeAsync();

    [Fact]
    public async Task Registering_needs_the_editor_key()
    {
        using var response = await Api.PostJsonAsync(stand.Host.Client, "api/feeds", new { url = "https://example.com/feed.xml" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("http://10.1.2.3/feed.xml", "private")]
    [InlineData("http://192.168.1.10/rss", "private")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "metadata")]
    [InlineData("http://[fe80::1]/feed.xml", "link-local")]
    [InlineData("http://100.64.0.1/feed.xml", "carrier-grade NAT")]
    public async Task A_url_on_a_refused_address_is_refused_naming_url(string url, string reason)
    {
        using var response = await stand.AddAsync(new { url });
        var body = await Api.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, body.GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0/x", "resolves to an unspecified address (0.0.0.0)")]
    [InlineData("http://10.1.2.3/feed.xml", "resolves to a private address (10.1.2.3)")]
    public async Task A_refused_url_is_named_with_the_other_wrong_fields_at_once(string url, string reason)
    {
        // Trial r33 #8: a refused url with a wrong urgency named only one of them; and "a unspecified".
        using var response = await stand.AddAsync(new { url, urgency = 10, language = "english!" });
        var errors = (await Api.BodyAsync(response)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reason, errors.GetProperty("url")[0].GetString());
        Assert.True(errors.TryGetProperty("urgency", out _));
        Assert.True(errors.TryGetProperty("language", out _));
    }

    [Fact]
    public async Task Bad_fields_are_each_named()
    {
        using var response = await stand.AddAsync(new { url = "ftp://example.com/feed", pollIntervalMinutes = 0, urgency = 12, subjects = new[] { "World" } });
        var errors = (await Api.BodyAsync(response)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("url", out _));
        Assert.True(errors.TryGetProperty("pollIntervalMinutes", out _));
        Assert.True(errors.TryGetProperty("urgency", out _));
        Assert.True(errors.TryGetProperty("subjects", out _));
    }

    [Fact]
    public async Task A_feed_is_added_listed_changed_and_deleted()
    {
        var path = $"registry-{Guid.NewGuid():N}.xml";
        stand.Server.Publish(path, new RssFeed("Registry News", []).ToXml());
        using var added = await stand.AddAsync(new
        {
            url = stand.Server.UrlOf(path).AbsoluteUri, pollIntervalMinutes = 10, urgency = 3, language = "en", source = "Registry News",
            subjects = new Dictionary<string, string> { ["World"] = "medtop:16000000" },
        });
        var feed = await Api.BodyAsync(added);
        var id = feed.GetProperty("id").GetString()!;

        using var list = new HttpRequestMessage(HttpMethod.Get, "api/feeds");
        list.Headers.Add("x-functions-key", TestFunctionHost.DefaultKey);
        using var listed = await stand.Host.Client.SendAsync(list);
        var ids = (await Api.BodyAsync(listed)).GetProperty("feeds").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        using var changed = await stand.SendAsync(HttpMethod.Patch, id, new { urgency = 2, pollIntervalMinutes = 30 });
        var after = await Api.BodyAsync(changed);
        using var refused = await stand.SendAsync(HttpMethod.Patch, id, new { url = "https://example.com/other" });
        using var deleted = await stand.SendAsync(HttpMethod.Delete, id);
        using var gone = await stand.SendAsync(HttpMethod.Get, id);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(10, feed.GetProperty("pollIntervalMinutes").GetDouble());
        Assert.Equal("medtop:16000000", feed.GetProperty("subjects").GetProperty("World").GetString());
        Assert.False(feed.GetProperty("health").GetProperty("flagged").GetBoolean());
        Assert.Contains(id, ids);
        Assert.Equal(2, after.GetProperty("urgency").GetInt32());
        Assert.Equal(30, after.GetProperty("pollIntervalMinutes").GetDouble());
        Assert.Equal("Registry News", after.GetProperty("source").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("01JDOESNOTEXIST0000000000")]
    public async Task An_unknown_id_is_404_naming_id(string id)
    {
        using var response = await stand.SendAsync(HttpMethod.Get, id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await Api.BodyAsync(response)).GetProperty("errors").TryGetProperty("id", out _));
    }
}
