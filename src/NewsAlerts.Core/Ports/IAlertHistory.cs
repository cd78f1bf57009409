namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.History;

/// <summary>
/// Each subscriber's history of what they received (<see cref="AlertHistory"/>): written by the dispatcher after a
/// send is recorded, read by the preference centre, erased with the subscriber or when they stop everything.
/// </summary>
public interface IAlertHistory
{
    /// <summary>
    /// Adds <paramref name="rows"/> (a row written again replaces itself: same subscriber, time, channel and key). Called
    /// on the dispatch path, so it writes only: old rows are cleaned up when the history is read.
    /// </summary>
    Task AddAsync(IReadOnlyList<ReceivedAlert> rows, CancellationToken cancellationToken);

    /// <summary>
    /// The subscriber's rows sent at or after <paramref name="since"/>, newest first, at most <paramref name="limit"/>; an
    /// adapter may delete, meanwhile, the subscriber's rows older than <see cref="AlertHistory.Window"/> before the newest found.
    /// </summary>
    Task<IReadOnlyList<ReceivedAlert>> RecentAsync(string subscriberId, DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>Deletes every row of the subscriber.</summary>
    Task EraseAsync(string subscriberId, CancellationToken cancellationToken);
}
