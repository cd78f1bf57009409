namespace NewsAlerts.Cli.Tests.Dev;

using System.Net.Http.Json;
using System.Text.Json;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Tests.LocalHost;
using NewsAlerts.Testing;

/// <summary>
/// Session 43 (trial LOW #11): after <c>dev --no-demo</c> the demo newsroom an earlier run registered was polled for
/// ever and answered 404 (only the demo publishes it, into a feed server that forgets on restart). The demo's feeds are
/// known by their address; <c>--no-demo</c> pauses them in one line, and a run with the demo resumes them.
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

    [Fact]
    public async Task No_demo_pauses_the_demos_feeds_in_one_line_and_leaves_the_others_and_the_demo_resumes_them()
    {
        await using var host = await TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["Feeds:AllowLoopback"] = "true" });
        var corpus = await AddAsync(host, new Uri(fixture.Stack.FeedServer, FeedDemo.CorpusPaths[0]));
        using var log = new StringWriter();
        var feeds = new DemoFeeds(host.Client.BaseAddress!, TestHost.DefaultKey, Newsroom, log);

        var paused = await feeds.PauseAsync(CancellationToken.None);

        Assert.Contains(corpus, paused);
        Assert.True(await PausedAsync(host, corpus));
        var line = Assert.Single(log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Feeds: paused the demo's feeds ", line, StringComparison.Ordinal);
        Assert.Contains(corpus, line, StringComparison.Ordinal);
        Assert.Empty(await feeds.PauseAsync(CancellationToken.None));

        Assert.True(await feeds.ResumeIfPausedAsync(corpus, CancellationToken.None));
        Assert.False(await PausedAsync(host, corpus));
        Assert.False(await feeds.ResumeIfPausedAsync(corpus, CancellationToken.None));
    }

    private static async Task<string> AddAsync(TestHost host, Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/feeds") { Content = JsonContent.Create(new { url = url.AbsoluteUri, source = "Corpus" }) };
        request.Headers.Add("x-functions-key", TestHost.DefaultKey);
        using var response = await host.Client.SendAsync(request);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return answer.TryGetProperty("feedId", out var existing) ? existing.GetString()! : answer.GetProperty("id").GetString()!;
    }

    private static async Task<bool> PausedAsync(TestHost host, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/feeds/{id}");
        request.Headers.Add("x-functions-key", TestHost.DefaultKey);
        using var response = await host.Client.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paused").GetBoolean();
    }
}
