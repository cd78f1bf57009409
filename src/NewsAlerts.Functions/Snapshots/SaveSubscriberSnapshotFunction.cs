namespace NewsAlerts.Functions.Snapshots;

using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Every ten minutes, writes the subscribers and their compiled matching index to Blob storage, so a cold instance
/// starts from the snapshot and reads only the changes since.
/// </summary>
public sealed class SaveSubscriberSnapshotFunction(SubscriberSync sync, SubscriptionIndex index)
{
    /// <summary>Runs on the schedule.</summary>
    [Function("SaveSubscriberSnapshot")]
    public Task RunAsync([TimerTrigger("0 */10 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return sync.SaveSnapshotAsync(index, cancellationToken);
    }
}
