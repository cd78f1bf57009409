namespace NewsAlerts.Functions.SignUps;

using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;

/// <summary>
/// Every hour, deletes the sign-ups nothing can confirm any more (<see cref="SignUpService.PurgeExpiredAsync"/>), so the
/// address and number of someone who never confirmed are not kept longer than their last link could work, and the
/// records of planned alerts older than <see cref="PlannedAlertRetention.KeepFor"/>, so subscriber ids are not kept
/// once the ledger says who had each story, and the marks erased subscribers' texts left older than the history's
/// <see cref="Core.History.AlertHistory.Window"/> (<see cref="Core.Dispatch.IDeliveryLedger.PurgeErasedMarksBeforeAsync"/>).
/// </summary>
public sealed class PurgeSignUpsFunction(SignUpService signUps, IPlannedAlerts planned, Core.Dispatch.IDeliveryLedger ledger, TimeProvider time)
{
    /// <summary>Runs on the schedule.</summary>
    [Function("PurgeSignUps")]
    public async Task RunAsync([TimerTrigger("0 20 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await signUps.PurgeExpiredAsync(cancellationToken);
        await planned.PurgeRecordedBeforeAsync(PlannedAlertRetention.CutoffAt(time.GetUtcNow()), cancellationToken);
        await ledger.PurgeErasedMarksBeforeAsync(Core.History.AlertHistory.Cutoff(time.GetUtcNow()), cancellationToken);
    }
}
