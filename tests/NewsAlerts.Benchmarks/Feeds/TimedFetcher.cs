namespace NewsAlerts.Benchmarks.Feeds;

using System.Collections.Concurrent;
using System.Diagnostics;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Ports;

/// <summary>The poller's fetcher, noting when each fetch that read a body (200) returned, by URL.</summary>
internal sealed class TimedFetcher(IFeedFetcher inner) : IFeedFetcher
{
    /// <summary>URL to the <see cref="Stopwatch"/> timestamp at which its last 200 fetch returned, parsed.</summary>
    public ConcurrentDictionary<string, long> ReadAt { get; } = new(StringComparer.Ordinal);

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the last fetch (any status) returned.</summary>
    public long LastReturnedAt => Interlocked.Read(ref lastReturnedAt);

    private long lastReturnedAt;

    public async Task<FeedFetch> FetchAsync(Uri url, FeedValidators validators, CancellationToken cancellationToken)
    {
        var fetch = await inner.FetchAsync(url, validators, cancellationToken);
        Interlocked.Exchange(ref lastReturnedAt, Stopwatch.GetTimestamp());
        if (fetch.Status == 200)
        {
            ReadAt[url.AbsoluteUri] = Stopwatch.GetTimestamp();
        }

        return fetch;
    }
}
