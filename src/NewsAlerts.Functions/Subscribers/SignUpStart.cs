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
/// repeat of a waiting sign-up (<see cref="SignUpRepeats"/>: the same contacts and choices) is decided per channel: a
/// link or code that still works is kept (nothing sent, its contact's allowance not spent) and a spent or unsent one is
/// sent again on that sign-up (trial s42 A); the answer is that sign-up. A confirmation that did not go out is marked
/// spent, so the same form sent again sends it. A number on the suppression list goes the same way, limits and
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
        if (await signUps.RepeatedAsync(signUp, cancellationToken) is { } repeat)
        {
            // Only the contacts owed a new link or code are counted (none: only the client's count, so a flood from one
            // address still stops); a link or code that still works is kept, and its contact's allowance with it.
            var (email, phone) = (repeat.SendsLink ? signUp.Email : null, repeat.SendsCode ? signUp.Phone : null);
            if (await gate.RefuseConfirmationsAsync(request, ClientAction.SignUp, email, phone, cancellationToken) is { } refusedRepeat)
            {
                return (refusedRepeat, null, []);
            }

            if (repeat.SendsNothing)
            {
                // Nothing stored or sent: the link or code already sent confirms these very choices.
                return (null, new SignUpStarted(repeat.Waiting, null, null), []);
            }

            // Trial s42 A: the spent channel only (a code tried out, a link expired, one never sent), on the same sign-up.
            var (resent, unsent) = await SendAsync(request, await signUps.ResendAsync(repeat.Waiting, repeat.SendsLink, repeat.SendsCode, cancellationToken), cancellationToken);
            return (null, resent, unsent);
        }

        if (await gate.RefuseConfirmationsAsync(request, ClientAction.SignUp, signUp.Email, signUp.Phone, cancellationToken) is { } refused)
        {
            return (refused, null, []);
        }

        var (started, notSent) = await SendAsync(request, await signUps.SignUpAsync(signUp, cancellationToken), cancellationToken);
        return (null, started, notSent);
    }

    // A confirmation that did not go out is marked spent by the sending (SignUpRepeats.Unsent), so the same form sent
    // again sends it rather than answering "repeat, nothing sent".
    private async Task<(SignUpStarted Started, IReadOnlyList<string> NotSent)> SendAsync(HttpRequest request, SignUpStarted started, CancellationToken cancellationToken)
    {
        metrics.SignedUp();
        return (started, await confirmations.SendAsync(request, started, cancellationToken));
    }
}
