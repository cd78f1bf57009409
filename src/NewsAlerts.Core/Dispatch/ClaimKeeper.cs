namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;

/// <summary>
/// Keeps a group's claims fresh while this worker still owes their records: every <see cref="ClaimLease.RefreshInterval"/>
/// it rewrites their claim time (<see cref="IDeliveryLedger.RefreshClaimsAsync"/>), so a second worker given the same
/// batch (after a lost lock) sees them held however long the sends and the record's retries take, and takes them over
/// only once this worker has stopped refreshing (it died). A failed refresh is tried again at the next interval.
/// Dispose it once the group's records are written (or given up).
/// </summary>
public sealed class ClaimKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task refreshing;

    private ClaimKeeper(IDeliveryLedger ledger, ClaimLease lease, TimeProvider time, string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds) =>
        refreshing = subscriberIds.Count == 0 ? Task.CompletedTask : RefreshAsync(ledger, lease, time, articleId, channel, subscriberIds, stop.Token);

    /// <summary>Starts refreshing the claims of <paramref name="subscriberIds"/> (those this worker claimed) on one article and channel.</summary>
    public static ClaimKeeper Start(IDeliveryLedger ledger, ClaimLease lease, TimeProvider time, string articleId, Channel channel, IReadOnlyCollection<string> subscriberIds)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(time);
        return new ClaimKeeper(ledger, lease, time, articleId, channel, subscriberIds);
    }

    /// <summary>Stops refreshing and waits for a refresh in flight.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await refreshing;
        stop.Dispose();
    }

    private static async Task RefreshAsync(
        IDeliveryLedger ledger, ClaimLease lease, TimeProvider time, string articleId, Channel channel, IReadOnlyCollection<string> ids, CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                await Task.Delay(lease.RefreshInterval, time, stopping);
                await ledger.RefreshClaimsAsync(articleId, channel, ids, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage away for a moment: the next interval tries again, well inside the lease.
            }
        }
    }
}
