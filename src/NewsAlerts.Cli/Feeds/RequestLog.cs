namespace NewsAlerts.Cli.Feeds;

/// <summary>
/// The last <see cref="Capacity"/> requests a <see cref="LocalFeedServer"/> answered, oldest first, and how many it answered
/// in all: a server that polls run against for hours (the <c>feeds</c> benchmark makes tens of thousands of requests a
/// minute) keeps a fixed amount of memory. Safe for concurrent use.
/// </summary>
public sealed class RequestLog
{
    /// <summary>The default bound: enough for any test or demo to look back over, about 1 MB at most.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Lock gate = new();
    private readonly FeedServerRequest[] ring;
    private long total;

    /// <summary>A log keeping the last <paramref name="capacity"/> requests.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1.</exception>
    public RequestLog(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ring = new FeedServerRequest[capacity];
    }

    /// <summary>How many requests the log keeps.</summary>
    public int Capacity => ring.Length;

    /// <summary>How many requests were added in all, the ones no longer kept included.</summary>
    public long Total
    {
        get
        {
            lock (gate)
            {
                return total;
            }
        }
    }

    /// <summary>Adds a request, dropping the oldest kept one when the log is full.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public void Add(FeedServerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (gate)
        {
            ring[total % ring.Length] = request;
            total++;
        }
    }

    /// <summary>The requests kept, oldest first: the last <see cref="Capacity"/> (or fewer) added.</summary>
    public IReadOnlyList<FeedServerRequest> Snapshot()
    {
        lock (gate)
        {
            var count = (int)Math.Min(total, ring.Length);
            var kept = new FeedServerRequest[count];
            for (var i = 0; i < count; i++)
            {
                kept[i] = ring[(total - count + i) % ring.Length];
            }

            return kept;
        }
    }
}
