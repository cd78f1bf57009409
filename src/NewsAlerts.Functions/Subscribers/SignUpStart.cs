namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Http;

/// <summary>
/// Starting a valid sign-up, the one code path of <c>POST /api/subscribers</c> and the <c>/signup</c> page: the rate
/// limits (<see cref="ConfirmationGate"/>), then <see cref="SignUpService.SignUpAsync"/>, then the confirmations. A
/// repeat of a waiting sign-up (<see cref="SignUpRepeats"/>: the same contacts while what was sent still works) takes
/// only the client's sign-up count, sends nothing and answers that sign-up, so the link or code already sent keeps
/// working and the per-contact allowance is not spent. A number on the suppression list is refused before anything is
/// stored or sent (<see cref="StoppedNumbers"/>): only the client's count is taken, as for a repeat.
/// </summary>
public sealed class SignUpStart(SignUpService signUps, ConfirmationMessages confirmations, ConfirmationGate gate, SignUpMetrics metrics, SuppressionList suppressions)
{
    /// <summary>
    /// The refusal (429, having stored and sent nothing), the number's refusal (<c>Stopped</c>: a field error naming
    /// <c>phone</c>, the number replied STOP; nothing stored or sent) or the started sign-up with the confirmation
    /// messages that did not go out by the deadline (<c>email</c>, <c>sms</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="signUp"/> is null.</exception>
    public async Task<(RateLimitedResult? Refused, SignUpStarted? Started, IReadOnlyList<string> NotSent, FieldError? Stopped)> RunAsync(
        HttpRequest request, SubscriberRequest signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(signUp);
        if (await signUps.RepeatedAsync(signUp, cancellationToken) is { } waiting)
        {
            // No contact is sent anything, so only the client's count is taken (a flood from one address still stops).
            if (await gate.RefuseConfirmationsAsync(request, ClientAction.SignUp, null, null, cancellationToken) is { } refusedRepeat)
            {
                return (refusedRepeat, null, [], null);
            }

            // A repeat stores and sends nothing: the link or code already sent confirms these very choices.
            return (null, new SignUpStarted(waiting, null, null), [], null);
        }

        if (signUp.Phone is { } phone
            && StoppedNumbers.Refusal(signUp, await suppressions.IsSuppressedAsync(Channel.Sms, phone, cancellationToken)) is { } stopped)
        {
            // Nothing goes to the number, so no per-contact count is spent; the client's count still limits a flood.
            return await gate.RefuseConfirmationsAsync(request, ClientAction.SignUp, null, null, cancellationToken) is { } refusedStopped
                ? (refusedStopped, null, [], null)
                : (null, null, [], stopped);
        }

        if (await gate.RefuseConfirmationsAsync(request, ClientAction.SignUp, signUp.Email, signUp.Phone, cancellationToken) is { } refused)
        {
            return (refused, null, [], null);
        }

        var started = await signUps.SignUpAsync(signUp, cancellationToken);
        metrics.SignedUp();
        var notSent = await confirmations.SendAsync(started, cancellationToken);
        return (null, started, notSent, null);
    }
}
