namespace NewsAlerts.Functions.SignUps;

using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.SignUps;

/// <summary>
/// Every hour, deletes the sign-ups nothing can confirm any more (<see cref="SignUpService.PurgeExpiredAsync"/>), so the
/// address and number of someone who never confirmed are not kept longer than their last link could work.
/// </summary>
public sealed class PurgeSignUpsFunction(SignUpService signUps)
{
    /// <summary>Runs on the schedule.</summary>
    [Function("PurgeSignUps")]
    public Task RunAsync([TimerTrigger("0 20 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return signUps.PurgeExpiredAsync(cancellationToken);
    }
}
