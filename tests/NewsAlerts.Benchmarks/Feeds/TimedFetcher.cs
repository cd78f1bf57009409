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

    /// <summary>Milliseconds of each fetch that read a body (200: request, body, parse) since the last <see cref="Take"/>.</summary>
    public ConcurrentQueue<double> Reads { get; private set; } = new();

    private long lastReturnedAt;

    private long busyTicks;

    /// <summary>The <see cref="Stopwatch"/> ticks spent inside fetches (all statuses, summed over lanes) since the last call, and a fresh start.</summary>
    public TimeSpan TakeBusy() => Stopwatch.GetElapsedTime(0, Interlocked.Exchange(ref busyTicks, 0));

    /// <summary>The reads' times so far, and a fresh start.</summary>
    public double[] Take()
    {
        var taken = Reads.ToArray();
        Reads = new();
        return taken;
    }

    public async Task<FeedFetch> FetchAsync(Uri url, FeedValidators validators, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var fetch = await inner.FetchAsync(url, validators, cancellationToken);
        var now = Stopwatch.GetTimestamp();
        Interlocked.Exchange(ref lastReturnedAt, now);
        Interlocked.Add(ref busyTicks, now - start);
        if (fetch.Status == 200)
        {
            ReadAt[url.AbsoluteUri] = now;
            Reads.Enqueue(Stopwatch.GetElapsedTime(start, now).TotalMilliseconds);
        }

        return fetch;
    }
}
