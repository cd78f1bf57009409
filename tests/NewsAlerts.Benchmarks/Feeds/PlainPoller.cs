namespace NewsAlerts.Benchmarks.Feeds;

using System.Net;

/// <summary>
/// The peer: a plain <see cref="HttpClient"/> conditional-GET loop over the same URLs, obeying the same rule (one request at
/// a time per host, as many hosts at a time as the poller's <see cref="Core.Feeds.FeedOptions.ParallelHosts"/>), keeping each URL's validators and
/// reading each 200's body (gzip) without parsing it. Its requests are the poller's: the same URLs, <c>User-Agent</c>,
/// <c>Accept</c>, <c>Accept-Encoding</c> and validators (echoed as the server sent them), so the two differ only in what
/// the poller does around them.
/// </summary>
/// <param name="parallelHosts">Hosts polled at once: the poller's setting.</param>
/// <param name="userAgent">The poller's <c>User-Agent</c>.</param>
internal sealed class PlainPoller(int parallelHosts, string userAgent) : IDisposable
{
    private readonly HttpClient client = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, UseProxy = false });
    private readonly Dictionary<string, (string? ETag, string? LastModified)> validators = new(StringComparer.Ordinal);
    private long busyTicks;

    /// <summary>Polls every URL once; answers how many got each status.</summary>
    public async Task<IReadOnlyDictionary<int, int>> PollAsync(IReadOnlyList<Uri> urls, CancellationToken cancellationToken)
    {
        var statuses = new Dictionary<int, int>();
        await Parallel.ForEachAsync(
            urls.GroupBy(u => u.IdnHost, StringComparer.OrdinalIgnoreCase),
            new ParallelOptions { MaxDegreeOfParallelism = parallelHosts, CancellationToken = cancellationToken },
            async (host, token) =>
            {
                foreach (var url in host)
                {
                    var start = System.Diagnostics.Stopwatch.GetTimestamp();
                    var status = await GetAsync(url, token);
                    Interlocked.Add(ref busyTicks, System.Diagnostics.Stopwatch.GetTimestamp() - start);
                    lock (statuses)
                    {
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    }
                }
            });
        return statuses;
    }

    /// <summary>The time spent inside requests (summed over hosts) since the last call, and a fresh start.</summary>
    public TimeSpan TakeBusy() => System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Exchange(ref busyTicks, 0));

    public void Dispose() => client.Dispose();

    private async Task<int> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        (string? ETag, string? LastModified) known;
        lock (validators)
        {
            known = validators.GetValueOrDefault(url.AbsoluteUri);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.TryAddWithoutValidation("Accept", Channels.Feeds.HttpFeedFetcher.Accept);
        if (known.ETag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", known.ETag);
        }

        if (known.LastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", known.LastModified);
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            _ = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            lock (validators)
            {
                validators[url.AbsoluteUri] = (Header(response.Headers, "ETag"), Header(response.Content.Headers, "Last-Modified"));
            }
        }

        return (int)response.StatusCode;
    }

    private static string? Header(System.Net.Http.Headers.HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
