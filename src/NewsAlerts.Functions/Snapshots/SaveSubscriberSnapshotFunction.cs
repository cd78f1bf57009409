namespace NewsAlerts.Functions.Snapshots;

using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Every ten minutes, re-chooses the matching index's presearch keys from the news seen since the last time (when
/// enough arrived), then writes the subscribers and the compiled index, with its statistics, to Blob storage, so a
/// cold instance starts from the snapshot, optimised, and reads only the changes since.
/// </summary>
public sealed class SaveSubscriberSnapshotFunction(SubscriberSync sync, SubscriberMatcher index)
{
    /// <summary>Runs on the schedule.</summary>
    [Function("SaveSubscriberSnapshot")]
    public Task RunAsync([TimerTrigger("0 */10 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        index.OptimizeIfDue();
        return sync.SaveSnapshotAsync(index, cancellationToken);
    }
}
