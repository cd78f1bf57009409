namespace NewsAlerts.Core.Caps;

using NewsAlerts.Core.Delivery;

/// <summary>
/// Daily cap counters, one per subscriber, channel and local day, shared by every dispatcher replica. The store only
/// moves data: <see cref="DailyCapCounting"/> decides, and the store writes what it decided only if nobody wrote the
/// counter in between (read, decide, conditional write; decide again on a conflict).
/// </summary>
public interface IDailyCapStore
{
    /// <summary>The counter, or <see cref="CapCount.Empty"/> when nothing was counted that day.</summary>
    /// <param name="subscriberId">The subscriber.</param>
    /// <param name="channel">Email or SMS.</param>
    /// <param name="day">The subscriber's local date (<see cref="DailyCapCounting.LocalDay"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subscriberId"/> is null.</exception>
    Task<CapCount> GetAsync(string subscriberId, Channel channel, DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="decide"/> to the current counter and stores its <see cref="CapTake.Next"/>, atomically
    /// against other writers (a conflicting write makes it decide again on what the other wrote).
    /// </summary>
    /// <returns>The decision that was stored (or needed no write).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subscriberId"/> or <paramref name="decide"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Storage kept conflicting; nothing was stored and the caller retries later.</exception>
    Task<CapTake> UpdateAsync(string subscriberId, Channel channel, DateOnly day, Func<CapCount, CapTake> decide, CancellationToken cancellationToken);
}
