namespace NewsAlerts.Core.Feeds;

/// <summary>Where one poll's time went, measured with the poller's <see cref="TimeProvider"/> timestamps.</summary>
/// <param name="Fetch">The request (with redirects, the host's turn and the body), parsing excluded.</param>
/// <param name="Parse">Parsing the body (<see cref="FeedFetch.ParseTime"/>); zero for a 304 or a failure.</param>
/// <param name="Ingest">Reading the history, deciding and ingesting the new and changed items; zero without a body.</param>
/// <param name="StateWrite">Writing the state (and the history with it) and giving the lease back.</param>
public sealed record FeedPollTimings(TimeSpan Fetch, TimeSpan Parse, TimeSpan Ingest, TimeSpan StateWrite)
{
    /// <summary>No time measured.</summary>
    public static FeedPollTimings None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>The host lane's time taking this feed's lease (its share of a batch's lease call); zero when none was taken for it alone.</summary>
    public TimeSpan Lease { get; init; }

    /// <summary>The host lane's wait for a place among the feeds read and not yet finished (a feed read while all are taken); zero for a 304.</summary>
    public TimeSpan PlaceWait { get; init; }

    /// <summary>The wait of this feed's items for their ingestion call (<see cref="IngestionBatches"/>), outside the host lane; zero for a 304.</summary>
    public TimeSpan SlotWait { get; init; }
}
