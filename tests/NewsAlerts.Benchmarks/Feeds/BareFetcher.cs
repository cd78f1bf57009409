namespace NewsAlerts.Benchmarks.Feeds;

using System.Net;
using NewsAlerts.Channels.Feeds;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Ports;

/// <summary>
/// Diagnosis only (<c>--bare-fetcher</c>): the plain loop's request (a default handler, no guard, gate, timeout or
/// redirects) under the poller, with 200s parsed as the real fetcher parses them, to tell the fetcher's cost from the
/// rest of a poll's. Never the measured peer and never the production fetcher.
/// </summary>
internal sealed class BareFetcher : IFeedFetcher, IDisposable
{
    private readonly HttpClient client = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, UseProxy = false });

    public async Task<FeedFetch> FetchAsync(Uri url, FeedValidators validators, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in validators.RequestHeaders())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var status = (int)response.StatusCode;
        FeedDocument? document = null;
        if (status == 200)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            document = FeedParser.Parse(body, response.Content.Headers.ContentType?.CharSet, url);
        }

        return new FeedFetch(status, document, Header(response.Headers, "ETag"), Header(response.Content.Headers, "Last-Modified"), null, null, null);
    }

    public void Dispose() => client.Dispose();

    private static string? Header(System.Net.Http.Headers.HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
