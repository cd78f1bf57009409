namespace NewsAlerts.Core.Feeds;

/// <summary>
/// The rules of a host's lease batch: a host lane leases up to <see cref="Size"/> of its due feeds in one store call
/// (<see cref="Ports.IFeedStore.TryLeaseManyAsync"/>) instead of one call per feed, and polls each while its lease is
/// fresh. Each lease is still the feed's own (its row, its duration, its expiry): a crashed instance's leases lapse
/// <see cref="FeedPoller.LeaseDuration"/> after they were taken, as a lease taken alone does.
/// </summary>
public static class FeedLeaseBatch
{
    /// <summary>
    /// The most feeds one lease call takes (100): the most operations of one Azure Table entity group transaction, and
    /// about 0.1-1 s of 304s on one host, so the last lease of a batch is still fresh when its poll starts.
    /// </summary>
    public const int Size = 100;

    /// <summary>
    /// Whether a lease taken in a batch may still start its feed's poll at <paramref name="now"/>: while at least nine
    /// tenths of <paramref name="duration"/> is left (<c>until - now ≥ 0.9 × duration</c>). A poll that starts then has
    /// at least 0.9 × <see cref="FeedPoller.LeaseDuration"/> (≥ 7.2 request timeouts) for its request and redirects (at most
    /// 6 timeouts: <c>HttpFeedFetcher.MaxRedirects</c> + 1), as a lease taken alone had 8; an older lease is given back and
    /// the feed leased again alone.
    /// </summary>
    /// <param name="until">When the lease lapses (<see cref="FeedLease.Until"/>).</param>
    /// <param name="now">When the poll would start.</param>
    /// <param name="duration">The duration the lease was taken for.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is not positive.</exception>
    public static bool MayStartPoll(DateTimeOffset until, DateTimeOffset now, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return until - now >= duration - (duration / 10);
    }

    /// <summary>
    /// Gives <paramref name="leases"/> back to <paramref name="store"/> unchanged, ignoring failures (such a lease lapses at
    /// its time): for a batch that could not be finished (the store failed part way, the run was cancelled).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task GiveBackAsync(Ports.IFeedStore store, IEnumerable<FeedLease> leases)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(leases);
        foreach (var lease in leases)
        {
            try
            {
                await store.ReleaseAsync(lease, lease.State, seen: null, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Best effort: the caller's exception matters more.
            }
        }
    }
}
