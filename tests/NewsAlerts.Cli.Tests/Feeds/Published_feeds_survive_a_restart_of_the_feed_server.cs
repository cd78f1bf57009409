namespace NewsAlerts.Cli.Tests.Feeds;

using System.Diagnostics;
using System.Net;
using System.Text;
using NewsAlerts.Cli.Feeds;
using NewsAlerts.Cli.Stack;

/// <summary>
/// Trial r43 #6: a feed published with <c>PUT /_control/feeds/&lt;path&gt;</c> was forgotten when <c>dev</c> restarted,
/// so the feed registered for it answered 404 for ever. Given a data folder, the feed server keeps what was published
/// (with its ETag and Last-Modified) and serves it again after a restart, a clean stop or a kill.
/// </summary>
public sealed class Published_feeds_survive_a_restart_of_the_feed_server : IDisposable
{
    private const string Gazette = "<rss version=\"2.0\"><channel><title>Trial Gazette</title><item><guid>1</guid><title>One</title></item></channel></rss>";
    private readonly string data = Path.Combine(Path.GetTempPath(), "newsalerts-feedserver-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task The_given_case_a_feed_put_before_a_restart_is_served_after_it_with_the_same_validators()
    {
        var (tag, modified) = await PublishAndReadAsync("trial/gazette.xml");

        Assert.NotNull(tag);
        Assert.NotNull(modified);
    }

    [Fact]
    public async Task A_restarted_in_process_host_answers_304_to_the_validators_of_the_first_run_and_serves_a_newer_publish()
    {
        string etag;
        DateTimeOffset lastModified;
        await using (var first = await LocalFeedServer.StartAsync(root: null, port: 0, data, CancellationToken.None))
        {
            using var put = await PutAsync(first.BaseAddress, "trial/gazette.xml", Gazette);
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
            using var served = await http.GetAsync(new Uri(first.BaseAddress, "trial/gazette.xml"));
            etag = served.Headers.ETag!.ToString();
            lastModified = served.Content.Headers.LastModified!.Value;
        }

        await using var second = await LocalFeedServer.StartAsync(root: null, port: 0, data, CancellationToken.None);
        using var again = await http.GetAsync(new Uri(second.BaseAddress, "trial/gazette.xml"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(Gazette, await again.Content.ReadAsStringAsync());
        Assert.Equal((etag, lastModified), (again.Headers.ETag!.ToString(), again.Content.Headers.LastModified!.Value));
        Assert.Equal("application/rss+xml", again.Content.Headers.ContentType!.MediaType);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(second.BaseAddress, "trial/gazette.xml"));
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var unchanged = await http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);

        // A newer publish replaces the kept one: a third run serves the newer body.
        second.Publish("trial/gazette.xml", Gazette.Replace("One", "Two", StringComparison.Ordinal));
        await using var third = await LocalFeedServer.StartAsync(root: null, port: 0, data, CancellationToken.None);
        Assert.Contains("<title>Two</title>", await http.GetStringAsync(new Uri(third.BaseAddress, "trial/gazette.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paths_are_kept_apart_and_a_host_without_a_data_folder_keeps_nothing()
    {
        await using (var first = await LocalFeedServer.StartAsync(root: null, port: 0, data, CancellationToken.None))
        {
            first.Publish("a/feed.xml", Gazette);
            first.Publish("a/feed.json", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"J\",\"items\":[]}");
            first.Publish("b/feed.xml", Gazette.Replace("Trial Gazette", "Other", StringComparison.Ordinal));
        }

        await using (var second = await LocalFeedServer.StartAsync(root: null, port: 0, data, CancellationToken.None))
        {
            Assert.Contains("Trial Gazette", await http.GetStringAsync(new Uri(second.BaseAddress, "a/feed.xml")), StringComparison.Ordinal);
            Assert.Contains("<title>Other</title>", await http.GetStringAsync(new Uri(second.BaseAddress, "b/feed.xml")), StringComparison.Ordinal);
            using var json = await http.GetAsync(new Uri(second.BaseAddress, "a/feed.json"));
            Assert.Equal("application/feed+json", json.Content.Headers.ContentType!.MediaType);
        }

        await using var memoryOnly = await LocalFeedServer.StartAsync(root: null, port: 0, CancellationToken.None);
        memoryOnly.Publish("c/feed.xml", Gazette);
        await using var next = await LocalFeedServer.StartAsync(root: null, port: 0, CancellationToken.None);
        using var missing = await http.GetAsync(new Uri(next.BaseAddress, "c/feed.xml"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_stacks_feed_server_process_killed_after_a_put_serves_the_feed_when_started_again_on_the_same_data()
    {
        var paths = StackPaths.Locate(data);
        var port = Ports.FindFree();
        var service = new FeedServerService(port);
        Assert.Equal(Path.Combine(data, "feedserver"), FeedServerService.DataDirectoryOf(paths));
        Directory.CreateDirectory(data);
        var log = Path.Combine(data, "feedserver.log");

        string etag;
        using (var first = await StartAsync(service, paths, log))
        {
            using var put = await PutAsync(service.BaseUri, "trial/gazette.xml", Gazette);
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
            using var served = await http.GetAsync(new Uri(service.BaseUri, "trial/gazette.xml"));
            etag = served.Headers.ETag!.ToString();
            // SIGKILL: no chance to save anything on the way out; the 204 came after the feed was on disk.
            first.Kill();
            await first.WaitForExitAsync();
        }

        using var second = await StartAsync(service, paths, log);
        try
        {
            using var again = await http.GetAsync(new Uri(service.BaseUri, "trial/gazette.xml"));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(etag, again.Headers.ETag!.ToString());
            Assert.Contains("<title>Trial Gazette</title>", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            second.Kill();
            await second.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        http.Dispose();
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    // Publishes over HTTP on a host with the data folder, stops it, starts another on the same folder and reads the feed.
    private async Task<(string? ETag, DateTimeOffset? LastModified)> PublishAndReadAsync(string path)
    {
        string before;
        DateTimeOffset? modified;
        await using (var first = await LocalFeedServer.StartAsync(root: null, port: 0, data, CancellationToken.None))
        {
            using var put = await PutAsync(first.BaseAddress, path, Gazette);
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
            using var served = await http.GetAsync(new Uri(first.BaseAddress, path));
            before = served.Headers.ETag!.ToString();
            modified = served.Content.Headers.LastModified;
        }

        await using var second = await LocalFeedServer.StartAsync(root: null, port: 0, data, CancellationToken.None);
        using var after = await http.GetAsync(new Uri(second.BaseAddress, path));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal((before, modified), (after.Headers.ETag!.ToString(), after.Content.Headers.LastModified));
        return (before, modified);
    }

    private async Task<HttpResponseMessage> PutAsync(Uri server, string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/rss+xml");
        return await http.PutAsync(new Uri(server, $"_control/feeds/{path}"), content);
    }

    // Starts the feed server as the stack does (its own process), and waits until it answers, with a generous deadline.
    private static async Task<Process> StartAsync(FeedServerService service, StackPaths paths, string log)
    {
        var process = service.Launch(paths, log);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!await service.IsReadyAsync(CancellationToken.None))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"The feed server did not start (exited: {process.HasExited}); its log: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "none")}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return process;
    }
}
