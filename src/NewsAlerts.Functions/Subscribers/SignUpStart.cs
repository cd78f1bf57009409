namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Functions.Http;

/// <summary>
/// Starting a valid sign-up, the one code path of <c>POST /api/subscribers</c> and the <c>/signup</c> page: the rate
/// limits (<see cref="ConfirmationGate"/>), then <see cref="SignUpService.SignUpAsync"/>, then the confirmations. A
/// repeat of a waiting sign-up (<see cref="SignUpRepeats"/>: the same contacts while what was sent still works) takes
/// only the client's sign-up count, sends nothing and answers that sign-up, so the link or code already sent keeps
/// working and the per-contact allowance is not spent. A number on the suppression list goes the same way, limits and
/// all, and is texted nothing (<see cref="StoppedNumbers"/>: its code is withheld), so no answer tells that it replied STOP.
/// </summary>
public sealed class SignUpStart(SignUpService signUps, ConfirmationMessages confirmations, ConfirmationGate gate, SignUpMetrics metrics)
{
    /// <summary>
    /// The refusal (429, having stored and sent nothing) or the started sign-up with the confirmation messages that did
    /// not go out by the deadline (<c>email</c>, <c>sms</c>; a withheld code is not one of them: it never was to go).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="signUp"/> is null.</exception>
    public async Task<(RateLimitedResult? Refused, SignUpStarted? Started, IReadOnlyList<string> NotSent)> RunAsync(
        HttpRequest request, SubscriberRequest signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(signUp);
        if (await signUps.RepeatedAsync(signUp, cancellationToken) is { } waiting)
        {
            // No contact is sent anything, so only the client's count is taken (a flood from one address still stops).
            if (await gate.RefuseConfirmationsAsync(request, ClientAction.SignUp, null, null, cancellationToken) is { } refusedRepeat)
            {
                return (refusedRepeat, null, []);
            }

            // A repeat stores and sends nothing: the link or code already sent confirms these very choices.
            return (null, new SignUpStarted(waiting, null, null), []);
        }

        if (await gate.RefuseConfirmationsAsync(request, ClientAction.SignUp, signUp.Email, signUp.Phone, cancellationToken) is { } refused)
        {
            return (refused, null, []);
        }

        var started = await signUps.SignUpAsync(signUp, cancellationToken);
        metrics.SignedUp();
        var notSent = await confirmations.SendAsync(request, started, cancellationToken);
        return (null, started, notSent);
    }
}
