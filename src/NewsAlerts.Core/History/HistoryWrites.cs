namespace NewsAlerts.Core.History;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// The dispatchers' one way of writing the history: after the ledger (which decides what is sent again) and never in its
/// way. The history is for the subscriber's eyes only, so a write is tried once; one that fails is counted
/// (<c>history_lost</c>, per row) and dropped, rather than holding the dispatch (and its claims) through storage retries.
/// </summary>
internal static class HistoryWrites
{
    /// <summary>Adds <paramref name="rows"/> to <paramref name="history"/> (if any) in one attempt; a failure is counted, never thrown.</summary>
    /// <param name="history">The history, or null when none is kept.</param>
    /// <param name="rows">The rows sent.</param>
    /// <param name="metrics">Where a lost write is counted.</param>
    /// <param name="channel">The channel the rows were sent on (the metric's dimension).</param>
    public static async Task AddOnceAsync(IAlertHistory? history, IReadOnlyList<ReceivedAlert> rows, AlertMetrics metrics, Channel channel)
    {
        if (history is null || rows.Count == 0)
        {
            return;
        }

        try
        {
            await history.AddAsync(rows, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.Dispatched(channel, "history_lost", rows.Count);
        }
    }
}
