namespace NewsAlerts.Channels.Tests.Feeds;

using System.IO.Compression;
using System.Net;
using System.Text;
using NewsAlerts.Channels.Feeds;
using NewsAlerts.Core.Feeds;

public sealed class Feeds_are_fetched_politely
{
    private const string Rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>urn:x:1</guid><title>One</title></item></channel></rss>""";
    private static readonly Uri Feed = new("https://feeds.example/feed.xml");

    [Fact]
    public async Task Validators_go_out_verbatim_with_an_honest_user_agent_and_a_304_reads_nothing()
    {
        var handler = new ScriptedHandler(_ => new HttpResponseMessage(HttpStatusCode.NotModified));
        var fetcher = Fetcher(handler);

        var fetch = await fetcher.FetchAsync(Feed, new FeedValidators("W/\"abc\"", "Mon, 30 Nov 2026 11:00:00 GMT"), CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("W/\"abc\"", request.Headers.NonValidated["If-None-Match"].ToString());
        Assert.Equal("Mon, 30 Nov 2026 11:00:00 GMT", request.Headers.NonValidated["If-Modified-Since"].ToString());
        Assert.Equal("NewsAlerts/0.1 (feed poller; +https://alerts.example/)", request.Headers.NonValidated["User-Agent"].ToString());
        Assert.Equal(304, fetch.Status);
        Assert.Null(fetch.Document);
    }

    [Fact]
    public async Task A_200_is_read_as_a_feed_with_its_validators_and_retry_after_is_passed_on()
    {
        var fetcher = Fetcher(new ScriptedHandler(_ => Ok(Rss, etag: "\"v2\"")));
        var busy = Fetcher(new ScriptedHandler(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { { "Retry-After", "120" } } }));

        var fetch = await fetcher.FetchAsync(Feed, FeedValidators.None, CancellationToken.None);
        var refused = await busy.FetchAsync(Feed, FeedValidators.None, CancellationToken.None);

        Assert.Equal("urn:x:1", Assert.Single(fetch.Document!.Items).Guid);
        Assert.Equal("\"v2\"", fetch.ETag);
        Assert.Equal(503, refused.Status);
        Assert.Equal("120", refused.RetryAfter);
    }

    // Issue 18 (validators echoed verbatim): a server's Last-Modified in the older HTTP date forms, or an ETag with odd
    // spacing, is kept as sent, so the next request's If-Modified-Since is byte for byte what the server gave.
    [Theory]
    [InlineData("Monday, 30-Nov-26 11:00:00 GMT", "\"v2\"")]
    [InlineData("Mon Nov 30 11:00:00 2026", "W/\"x y\"")]
    [InlineData("Mon, 30 Nov 2026 11:00:00 GMT", "\"a\"")]
    public async Task A_responses_validators_are_kept_as_the_server_sent_them(string lastModified, string etag)
    {
        HttpResponseMessage Answer(HttpStatusCode status)
        {
            var response = status == HttpStatusCode.OK ? Ok(Rss) : new HttpResponseMessage(status);
            response.Headers.TryAddWithoutValidation("ETag", etag);
            (response.Content ??= new ByteArrayContent([])).Headers.TryAddWithoutValidation("Last-Modified", lastModified);
            return response;
        }

        var read = await Fetcher(new ScriptedHandler(_ => Answer(HttpStatusCode.OK))).FetchAsync(Feed, FeedValidators.None, CancellationToken.None);
        var unchanged = await Fetcher(new ScriptedHandler(_ => Answer(HttpStatusCode.NotModified))).FetchAsync(Feed, FeedValidators.None, CancellationToken.None);

        Assert.Equal((200, etag, lastModified), (read.Status, read.ETag, read.LastModified));
        Assert.Equal((304, etag, lastModified), (unchanged.Status, unchanged.ETag, unchanged.LastModified));
        Assert.Equal(new KeyValuePair<string, string>("If-Modified-Since", lastModified), FeedValidators.None.After(200, read.ETag, read.LastModified).RequestHeaders()[1]);
    }

    [Fact]
    public async Task Only_a_chain_of_permanent_redirects_moves_the_feed()
    {
        var moved = new Uri("https://feeds.example/new.xml");
        var permanent = Fetcher(new ScriptedHandler(r => r.RequestUri == Feed ? Redirect(HttpStatusCode.MovedPermanently, moved) : Ok(Rss)));
        var mixed = Fetcher(new ScriptedHandler(r => r.RequestUri == Feed
            ? Redirect(HttpStatusCode.Found, new Uri("https://feeds.example/tmp.xml"))
            : r.RequestUri!.AbsolutePath == "/tmp.xml" ? Redirect(HttpStatusCode.PermanentRedirect, moved) : Ok(Rss)));

        Assert.Equal(moved, (await permanent.FetchAsync(Feed, FeedValidators.None, CancellationToken.None)).PermanentlyMovedTo);
        Assert.Null((await mixed.FetchAsync(Feed, FeedValidators.None, CancellationToken.None)).PermanentlyMovedTo);
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused_before_any_request_goes_there()
    {
        var handler = new ScriptedHandler(r => r.RequestUri == Feed ? Redirect(HttpStatusCode.Found, new Uri("http://internal.example/admin")) : Ok(Rss));

        var fetch = await Fetcher(handler).FetchAsync(Feed, FeedValidators.None, CancellationToken.None);

        Assert.Equal(0, fetch.Status);
        Assert.Contains("private", fetch.Error, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Endless_redirects_and_a_silent_server_end_in_named_failures()
    {
        var loop = Fetcher(new ScriptedHandler(r => Redirect(HttpStatusCode.Found, new Uri(r.RequestUri!, $"/{Guid.NewGuid():N}"))));
        var silent = Fetcher(new ScriptedHandler(_ => null), TimeSpan.FromMilliseconds(200));

        Assert.Contains("redirects", (await loop.FetchAsync(Feed, FeedValidators.None, CancellationToken.None)).Error, StringComparison.Ordinal);
        Assert.Contains("did not answer within", (await silent.FetchAsync(Feed, FeedValidators.None, CancellationToken.None)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_cut_mid_way_or_corrupt_gzip_ends_in_a_named_failure_not_an_exception()
    {
        var cut = Fetcher(new ScriptedHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new CutStream(Encoding.UTF8.GetBytes(Rss[..40]))) }));
        var garbage = new MemoryStream([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, .. Enumerable.Repeat((byte)0xff, 64)]);
        var corrupt = Fetcher(new ScriptedHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new GZipStream(garbage, CompressionMode.Decompress)) }));

        var cutFetch = await cut.FetchAsync(Feed, FeedValidators.None, CancellationToken.None);
        var corruptFetch = await corrupt.FetchAsync(Feed, FeedValidators.None, CancellationToken.None);

        Assert.Equal(0, cutFetch.Status);
        Assert.Contains("body read failed: HttpIOException", cutFetch.Error, StringComparison.Ordinal);
        Assert.Equal(0, corruptFetch.Status);
        Assert.Contains("body read failed: InvalidDataException", corruptFetch.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_request_at_a_time_per_host()
    {
        var gate = new HostGate();
        var first = await gate.EnterAsync("feeds.example", CancellationToken.None);
        var sameHost = gate.EnterAsync("FEEDS.example", CancellationToken.None);
        var otherHost = await gate.EnterAsync("other.example", CancellationToken.None);

        Assert.False(sameHost.IsCompleted);
        first.Dispose();
        (await sameHost).Dispose();
        otherHost.Dispose();
    }

    private static HttpFeedFetcher Fetcher(ScriptedHandler handler, TimeSpan? timeout = null) => new(
        new HttpClient(handler),
        new FeedUrlGuard((host, _) => Task.FromResult(host == "internal.example" ? new[] { IPAddress.Parse("10.0.0.1") } : [IPAddress.Parse("93.184.216.34")]), allowLoopback: false),
        new HostGate(),
        timeout ?? TimeSpan.FromSeconds(10),
        HttpFeedFetcher.UserAgentFor(new Uri("https://alerts.example/")));

    private static HttpResponseMessage Ok(string body, string? etag = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/rss+xml") };
        if (etag is not null)
        {
            response.Headers.TryAddWithoutValidation("ETag", etag);
        }

        return response;
    }

    private static HttpResponseMessage Redirect(HttpStatusCode status, Uri location) => new(status) { Headers = { Location = location } };

    // Gives its bytes, then fails as a connection reset mid-body does.
    private sealed class CutStream(byte[] head) : MemoryStream(head)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            await base.ReadAsync(buffer, cancellationToken) is > 0 and var read ? read : throw new HttpIOException(HttpRequestError.ResponseEnded);

        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, count) is > 0 and var read ? read : throw new HttpIOException(HttpRequestError.ResponseEnded);
    }

    // Answers each request with the script's response; a null answer never comes (until the request is cancelled).
    private sealed class ScriptedHandler(Func<HttpRequestMessage, HttpResponseMessage?> script) : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add(request);
            }

            if (script(request) is { } response)
            {
                return response;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
