namespace NewsAlerts.Functions.Digests;

using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Digests;

/// <summary>
/// Every minute, queues the digests that have fallen due (<see cref="DigestRun.RunAsync"/>): digest times are whole
/// minutes on each subscriber's clock, and a due time missed while the app was down is sent by the next run.
/// </summary>
public sealed class SendDueDigestsFunction(DigestRun digests)
{
    /// <summary>Runs on the schedule.</summary>
    [Function("SendDueDigests")]
    public Task RunAsync([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return digests.RunAsync(cancellationToken);
    }
}
