namespace NewsAlerts.Core.Feeds;

using System.ComponentModel.DataAnnotations;

/// <summary>
/// Feed polling (section <c>Feeds</c>). The defaults are right for Azure; <see cref="AllowLoopback"/> is for <c>dev</c>
/// and tests only, where the feed server runs on 127.0.0.1.
/// </summary>
public sealed class FeedOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Feeds";

    /// <summary>Whether feeds on loopback addresses may be registered and fetched (default false; local-only).</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>
    /// The contact URL named in the <c>User-Agent</c> sent to publishers, so they can reach the operator; the app's
    /// public address (<c>Alerts:PublicBaseUrl</c>) when unset.
    /// </summary>
    public Uri? ContactUrl { get; set; }

    /// <summary>The shortest poll interval an editor may register, and the floor under any wait, in seconds (default 60).</summary>
    [Range(1, 3600)]
    public int MinIntervalSeconds { get; set; } = 60;

    /// <summary>How long one request (each redirect included) may take, in seconds (default 20).</summary>
    [Range(1, 300)]
    public int RequestTimeoutSeconds { get; set; } = 20;

    /// <summary>
    /// How long the one fetch made when an editor registers a feed may take, in seconds (default 10), and, apart, its
    /// subscription at the hub the feed names: the editor waits for them, so it is shorter than a poll's
    /// <see cref="RequestTimeoutSeconds"/>; a subscription not made in time is made by a later poll.
    /// </summary>
    [Range(1, 60)]
    public int RegistrationTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// How many hosts one instance polls at once (default 8): each host still gets one request at a time, so this bounds
    /// only the instance's open requests and its share of the machine.
    /// </summary>
    [Range(1, 256)]
    public int ParallelHosts { get; set; } = 8;

    /// <summary>
    /// How many ingestion calls (matching, queueing, storing) one instance makes at once outside the host lanes
    /// (default 8); the feeds read while all are busy wait and share the next free call (<see cref="IngestionBatches"/>),
    /// and up to 8 feeds read per call (<see cref="FeedPoller.ReadPlaces"/>) are held before a lane waits.
    /// </summary>
    [Range(1, 64)]
    public int ParallelIngestions { get; set; } = 8;

    /// <summary>How many items each feed's history remembers (default 500); the items in the feed now are always kept.</summary>
    [Range(10, 2000)]
    public int SeenItemsPerFeed { get; set; } = 500;

    /// <summary>
    /// The most new or changed items one read of one feed (a poll or a WebSub push) alerts (default 50,
    /// <see cref="FeedFloodCeiling"/>): the newest; the rest are recorded as seen, not alerted, and the feed's health says so
    /// (<see cref="FeedHealth.Flood"/>). 50 lets a whole ordinary feed be new at once (feeds serve their newest 10 to 50
    /// items: WordPress 10, MediaWiki's <c>$wgFeedLimit</c> 50) while a feed that suddenly carries thousands (a CMS bug,
    /// a GUID rewrite, a hijack; trial s45 #1) cannot send each subscriber thousands of alerts. Planet's
    /// <c>new_feed_items</c> and Miniflux's proposed per-feed unread cap bound a feed's burst the same way.
    /// </summary>
    [Range(1, 1000)]
    public int MaxNewItemsPerRead { get; set; } = 50;

    /// <summary>
    /// How often a feed with a live WebSub subscription is still polled, in minutes (default 60): pushes bring its news,
    /// polling only catches what a hub lost. A feed registered with a longer interval keeps it.
    /// </summary>
    [Range(1, 1440)]
    public int WebSubFallbackPollMinutes { get; set; } = 60;

    /// <summary>The lease asked of WebSub hubs, in seconds (default 864,000: 10 days; the hub decides).</summary>
    [Range(60, 31_536_000)]
    public int WebSubLeaseSeconds { get; set; } = 864_000;

    /// <summary>The schedule settings for a feed polled every <paramref name="interval"/>.</summary>
    public PollSettings PollSettings(TimeSpan interval) =>
        Feeds.PollSettings.Default with { Interval = interval, Floor = TimeSpan.FromSeconds(MinIntervalSeconds) };
}
