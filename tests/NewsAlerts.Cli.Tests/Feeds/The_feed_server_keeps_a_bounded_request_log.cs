namespace NewsAlerts.Cli.Tests.Feeds;

using System.Net;
using NewsAlerts.Cli.Feeds;

public sealed class The_feed_server_keeps_a_bounded_request_log
{
    [Fact]
    public async Task A_long_run_keeps_only_the_last_requests_and_counts_them_all()
    {
        await using var server = await LocalFeedServer.StartAsync(root: null, port: 0, CancellationToken.None);
        server.Log = new RequestLog(capacity: 3);
        server.Publish("a.xml", "<rss version=\"2.0\"><channel><title>A</title></channel></rss>");
        using var http = new HttpClient();
        for (var i = 0; i < 7; i++)
        {
            using var response = await http.GetAsync(new Uri(server.BaseAddress, i % 2 == 0 ? "a.xml" : $"missing{i}.xml"));
            Assert.Equal(i % 2 == 0 ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(7, server.Log.Total);
        // The last three, oldest first: requests 4 (a.xml), 5 (missing5.xml), 6 (a.xml).
        Assert.Equal(["a.xml", "missing5.xml", "a.xml"], server.Requests.Select(r => r.Path));
        Assert.Equal([200, 404, 200], server.Requests.Select(r => r.Status));
    }

    [Fact]
    public void Below_its_capacity_it_keeps_every_request_in_order()
    {
        var log = new RequestLog(capacity: 5);
        Assert.Empty(log.Snapshot());
        log.Add(Request("one"));
        log.Add(Request("two"));
        Assert.Equal(["one", "two"], log.Snapshot().Select(r => r.Path));
        Assert.Equal(2, log.Total);
    }

    [Fact]
    public async Task Concurrent_adds_are_all_counted_and_never_exceed_the_bound()
    {
        var log = new RequestLog(capacity: 100);
        await Parallel.ForAsync(0, 10_000, (i, _) =>
        {
            log.Add(Request($"p{i}"));
            return ValueTask.CompletedTask;
        });
        Assert.Equal(10_000, log.Total);
        var kept = log.Snapshot();
        Assert.Equal(100, kept.Count);
        Assert.Equal(100, kept.Select(r => r.Path).Distinct().Count());
    }

    [Fact]
    public void A_capacity_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestLog(capacity: 0));

    private static FeedServerRequest Request(string path) => new(path, null, null, null, null, 200);
}
