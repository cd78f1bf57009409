namespace NewsAlerts.Channels.Tests.Feeds;

using System.Net;
using System.Text;
using NewsAlerts.Channels.Feeds;
using NewsAlerts.Core.Feeds;

/// <summary>
/// Session 44 (feeds, as a kind): what a feed's health and the log say about a failed fetch is words an editor can read,
/// never a raw enum name (<c>NameResolutionError</c>), a library's exception text, or a URL's user name and password (a
/// redirect's <c>Location</c> may carry them; <see cref="Uri.GetLeftPart"/> kept them in the error).
/// </summary>
public sealed class Feed_errors_are_words_without_credentials
{
    private static readonly Uri Feed = new("https://feeds.example/feed.xml");

    [Fact]
    public async Task A_redirect_to_a_url_with_credentials_is_refused_and_the_error_does_not_show_them()
    {
        var handler = new Handler(r => r.RequestUri == Feed
            ? new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("https://editor:s3cret@other.example/feed.xml") } }
            : new HttpResponseMessage(HttpStatusCode.OK));

        var fetch = await Fetcher(handler).FetchAsync(Feed, FeedValidators.None, CancellationToken.None);

        Assert.Equal(0, fetch.Status);
        Assert.Contains("must not carry a user name or password", fetch.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", fetch.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("editor", fetch.Error, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_network_failure_is_told_in_words_not_by_the_enum_name()
    {
        var handler = new Handler(_ => throw new HttpRequestException(HttpRequestError.NameResolutionError, "No such host is known. (feeds.example:443)"));

        var fetch = await Fetcher(handler).FetchAsync(Feed, FeedValidators.None, CancellationToken.None);

        Assert.Equal("network error: the host name could not be resolved (https://feeds.example)", fetch.Error);
    }

    [Fact]
    public void Every_network_error_but_unknown_has_its_own_words()
    {
        var known = Enum.GetValues<HttpRequestError>().Where(e => e != HttpRequestError.Unknown).ToList();

        Assert.All(known, e => Assert.NotEqual("network error", NetworkErrorWords.Of(e)));
        Assert.All(known, e => Assert.DoesNotContain(e.ToString(), NetworkErrorWords.Of(e), StringComparison.Ordinal));
        Assert.Equal(known.Count, known.Select(NetworkErrorWords.Of).Distinct(StringComparer.Ordinal).Count());
    }

    private static HttpFeedFetcher Fetcher(Handler handler) => new(
        new HttpClient(handler),
        new FeedUrlGuard((_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34") }), allowLoopback: false),
        new HostGate(),
        TimeSpan.FromSeconds(30),
        HttpFeedFetcher.UserAgentFor(new Uri("https://alerts.example/")));

    private sealed class Handler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            var response = answer(request);
            response.Content ??= new StringContent(string.Empty, Encoding.UTF8);
            return Task.FromResult(response);
        }
    }
}
