namespace NewsAlerts.Cli.Tests.Stack;

using System.Net;
using System.Text;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

public sealed class The_stack_runs_the_feed_server_as_its_own_process
{
    [Fact]
    public async Task It_serves_the_shared_corpus_with_validators_and_publishes_over_its_control_endpoint()
    {
        var stack = await SharedStack.GetAsync();
        var record = Assert.Single(stack.Services, s => s.Name == "feedserver");
        Assert.True(ServiceProcess.IsAlive(record));
        Assert.NotEqual(Environment.ProcessId, record.Pid);
        Assert.Equal("127.0.0.1", stack.FeedServer.Host);
        using var http = new HttpClient();

        using var first = await http.GetAsync(new Uri(stack.FeedServer, "codehollow-feedreader/Rss20BreakingNews.xml"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(stack.FeedServer, "codehollow-feedreader/Rss20BreakingNews.xml"));
        again.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        using var unchanged = await http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);

        var path = $"tests/{Guid.NewGuid():N}.xml";
        using var body = new StringContent("<rss version=\"2.0\"><channel><title>Published</title></channel></rss>", Encoding.UTF8, "application/rss+xml");
        using var published = await http.PutAsync(new Uri(stack.FeedServer, $"_control/feeds/{path}"), body);
        Assert.Equal(HttpStatusCode.NoContent, published.StatusCode);
        Assert.Contains("<title>Published</title>", await http.GetStringAsync(new Uri(stack.FeedServer, path)), StringComparison.Ordinal);
    }
}
