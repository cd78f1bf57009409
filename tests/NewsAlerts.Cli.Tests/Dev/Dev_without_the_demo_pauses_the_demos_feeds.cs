namespace NewsAlerts.Cli.Tests.Dev;

using System.Net.Http.Json;
using System.Text.Json;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Tests.LocalHost;
using NewsAlerts.Testing;

/// <summary>
/// Session 43 (trial LOW #11): after <c>dev --no-demo</c> the demo newsroom an earlier run registered was polled for
/// ever and answered 404 (only the demo publishes it, into a feed server that forgets on restart). The demo's feeds are
/// known by their address; <c>--no-demo</c> pauses them in one line, and a run with the demo resumes them. Session 44:
/// only the ones <c>--no-demo</c> paused (marked <c>pausedBy: "dev --no-demo"</c>); a demo feed an editor paused stays paused.
/// </summary>
public sealed class Dev_without_the_demo_pauses_the_demos_feeds(StackFixture fixture) : IClassFixture<StackFixture>
{
    private static readonly string Newsroom = FeedDemo.NewsroomPathOf("/home/a/.newsalerts");

    [Theory]
    [InlineData("http://127.0.0.1:7100/", true)]
    [InlineData("http://127.0.0.1:41234/", true)]
    [InlineData("http://localhost:7100/", true)]
    [InlineData("https://news.example/", false)]
    public void The_newsroom_and_corpus_feeds_on_a_loopback_feed_server_are_the_demos(string server, bool loopback)
    {
        Assert.Equal(loopback, DemoFeeds.IsDemos(new Uri(new Uri(server), Newsroom), Newsroom));
        Assert.All(FeedDemo.CorpusPaths, path => Assert.Equal(loopback, DemoFeeds.IsDemos(new Uri(new Uri(server), path), Newsroom)));
    }

    [Theory]
    [InlineData("demo/0123456789abcdef/newsroom.xml")]
    [InlineData("other.xml")]
    [InlineData("codehollow-feedreader/Rss20BreakingNews.xml?x=1")]
    public void Another_data_folders_newsroom_or_another_feed_is_not(string path) =>
        Assert.False(DemoFeeds.IsDemos(new Uri(new Uri("http://127.0.0.1:7100/"), path), Newsroom));

    [Theory]
    [InlineData(true, DemoFeeds.Marker, true, true)]
    [InlineData(true, null, true, false)]
    [InlineData(true, "Dana (desk)", true, false)]
    [InlineData(true, "DEV --NO-DEMO", true, false)]
    [InlineData(false, DemoFeeds.Marker, true, false)]
    [InlineData(false, null, true, false)]
    // Review s44: a pause from before pause marks has neither mark nor time (an older --no-demo's, which runs with the
    // demo always resumed): resumed, not blamed on an editor.
    [InlineData(true, null, false, true)]
    [InlineData(true, "Dana (desk)", false, false)]
    [InlineData(false, null, false, false)]
    public void Only_a_pause_marked_by_no_demo_is_resumed(bool paused, string? pausedBy, bool pausedAtKnown, bool resumes) =>
        Assert.Equal(resumes, DemoFeeds.Resumes(paused, pausedBy, pausedAtKnown ? new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero) : null));

    [Fact]
    public void A_pause_the_feed_api_refused_is_told_in_words_not_the_exceptions_text()
    {
        Assert.Equal(
            "the feed API answered HTTP 503 (service unavailable)",
            DemoFeeds.Why(new HttpRequestException("Response status code does not indicate success: 503 (Service Unavailable).", null, System.Net.HttpStatusCode.ServiceUnavailable)));
        Assert.Equal(
            "the feed API could not be reached: the connection could not be made or was reset",
            DemoFeeds.Why(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:7071)")));
        Assert.Equal("the feed API's answer could not be read", DemoFeeds.Why(new JsonException("'<' is an invalid start of a value.")));
    }

    [Fact]
    public async Task No_demo_pauses_the_demos_feeds_in_one_line_and_leaves_the_others_and_the_demo_resumes_only_those()
    {
        await using var host = await TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["Feeds:AllowLoopback"] = "true" });
        var corpus = await AddAsync(host, new Uri(fixture.Stack.FeedServer, FeedDemo.CorpusPaths[0]));
        var editors = await AddAsync(host, new Uri(fixture.Stack.FeedServer, FeedDemo.CorpusPaths[1]));
        await SetPausedAsync(host, corpus, paused: false);
        await SetPausedAsync(host, editors, paused: true);
        using var log = new StringWriter();
        var feeds = new DemoFeeds(host.Client.BaseAddress!, TestHost.DefaultKey, Newsroom, log);

        var paused = await feeds.PauseAsync(CancellationToken.None);

        Assert.Contains(corpus, paused);
        Assert.DoesNotContain(editors, paused);
        Assert.Equal((true, DemoFeeds.Marker), await PausedAsync(host, corpus));
        Assert.Equal((true, (string?)null), await PausedAsync(host, editors));
        var line = Assert.Single(log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Feeds: paused the demo's feeds ", line, StringComparison.Ordinal);
        Assert.Contains(corpus, line, StringComparison.Ordinal);
        Assert.Empty(await feeds.PauseAsync(CancellationToken.None));

        Assert.Equal(DemoFeeds.Resume.Resumed, await feeds.ResumeIfPausedAsync(corpus, CancellationToken.None));
        Assert.Equal(DemoFeeds.Resume.KeptPaused, await feeds.ResumeIfPausedAsync(editors, CancellationToken.None));
        Assert.Equal((false, (string?)null), await PausedAsync(host, corpus));
        Assert.Equal((true, (string?)null), await PausedAsync(host, editors));
        Assert.Equal(DemoFeeds.Resume.NotPaused, await feeds.ResumeIfPausedAsync(corpus, CancellationToken.None));
        await SetPausedAsync(host, editors, paused: false);
    }

    // Trial s45 #8: a --no-demo run beside a live run with the demo paused the feeds that run uses. With a real process
    // recorded as that run (DevHost.Demo), killed with SIGKILL midway.
    [Fact]
    public async Task No_demo_leaves_the_feeds_to_a_live_run_with_the_demo_and_pauses_them_once_that_run_is_killed()
    {
        await using var host = await TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["Feeds:AllowLoopback"] = "true" });
        var corpus = await AddAsync(host, new Uri(fixture.Stack.FeedServer, FeedDemo.CorpusPaths[0]));
        await SetPausedAsync(host, corpus, paused: false);
        var folder = Directory.CreateTempSubdirectory("dev-hosts").FullName;
        using var withDemo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        try
        {
            Directory.CreateDirectory(DevHosts.Folder(folder));
            var record = new DevHost(withDemo.Id, NewsAlerts.Cli.Stack.ProcessIdentity.Read(withDemo.Id)!, new Uri("http://127.0.0.1:7071/"), Demo: true);
            File.WriteAllText(Path.Combine(DevHosts.Folder(folder), $"{withDemo.Id}-7071.json"), JsonSerializer.Serialize(record, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            using var log = new StringWriter();
            var feeds = new DemoFeeds(host.Client.BaseAddress!, TestHost.DefaultKey, Newsroom, log);

            Assert.Empty(await feeds.PauseUnlessInUseAsync(DevHosts.Live(folder), Environment.ProcessId, CancellationToken.None));
            Assert.Equal((false, (string?)null), await PausedAsync(host, corpus));
            Assert.Equal(
                $"Feeds: the demo's feeds are left polled: the dev run of PID {withDemo.Id} (http://127.0.0.1:7071/) runs the demo and uses them.",
                Assert.Single(log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));

            withDemo.Kill();
            Assert.True(withDemo.WaitForExit(TimeSpan.FromSeconds(60)));

            Assert.Contains(corpus, await feeds.PauseUnlessInUseAsync(DevHosts.Live(folder), Environment.ProcessId, CancellationToken.None));
            Assert.Equal((true, DemoFeeds.Marker), await PausedAsync(host, corpus));
        }
        finally
        {
            if (!withDemo.HasExited)
            {
                withDemo.Kill();
            }

            await SetPausedAsync(host, corpus, paused: false);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> AddAsync(TestHost host, Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/feeds") { Content = JsonContent.Create(new { url = url.AbsoluteUri, source = "Corpus" }) };
        request.Headers.Add("x-functions-key", TestHost.DefaultKey);
        using var response = await host.Client.SendAsync(request);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return answer.TryGetProperty("feedId", out var existing) ? existing.GetString()! : answer.GetProperty("id").GetString()!;
    }

    // Whether the feed is paused, and by whom; its health says "paused" and has no next poll when it is.
    private static async Task<(bool Paused, string? By)> PausedAsync(TestHost host, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/feeds/{id}");
        request.Headers.Add("x-functions-key", TestHost.DefaultKey);
        using var response = await host.Client.SendAsync(request);
        var feed = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paused = feed.GetProperty("paused").GetBoolean();
        var health = feed.GetProperty("health");
        Assert.Equal(paused ? "paused" : "scheduled", health.GetProperty("polling").GetString());
        Assert.Equal(paused, health.GetProperty("nextPoll").ValueKind == JsonValueKind.Null);
        return (paused, feed.GetProperty("pausedBy").GetString());
    }

    // As an editor does in the console or the API: no pausedBy.
    private static async Task SetPausedAsync(TestHost host, string id, bool paused)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/feeds/{id}") { Content = JsonContent.Create(new { paused }) };
        request.Headers.Add("x-functions-key", TestHost.DefaultKey);
        using var response = await host.Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
