namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Functions.Http;

/// <summary>
/// Recovery from the manage link: <c>POST /api/subscribers/{id}/resend</c> with the manage token
/// (<c>Authorization: Bearer &lt;token&gt;</c> or <c>?token=</c>) sends a fresh confirmation email and/or code for the
/// subscriber's contacts that are not confirmed, voiding the ones sent before (<see cref="SignUpService.PrepareResendForSubscriberAsync"/>).
/// Answers <c>202 {"signUpId": "...", "pending": [...]}</c>; the code is then confirmed at
/// <c>/api/sign-ups/{signUpId}/confirm-sms</c>. 409 when nothing is waiting for confirmation (naming <c>channel</c> when only the other channel waits), 403 or 404 otherwise;
/// 400, 413 or 415 for a body that is not readable JSON (none is needed: <see cref="JsonBody.RefuseUnreadableAsync"/>);
/// 429 (<see cref="RateLimitedResult"/>) when a rate limit of sign-up and resend refuses, sending and voiding nothing.
/// </summary>
public sealed class ManageResendFunction(SignUpService signUps, SubscriberService subscribers, ConfirmationMessages confirmations, ConfirmationGate gate)
{
    /// <summary>Sends the fresh confirmations.</summary>
    [Function("ResendSubscriberConfirmations")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscribers/{id}/resend")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = SubscribersFunction.ManageToken(request);
        if (subscribers.RefuseWithoutAccess(SubscribersFunction.IdOf(request), token) is { } forbidden)
        {
            return SubscribersFunction.Answer(forbidden);
        }

        var (only, unreadable) = await ResendBody.ReadAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var (outcome, resend) = await signUps.PrepareResendForSubscriberAsync(SubscribersFunction.IdOf(request), token, cancellationToken);
        if (outcome.Kind != SubscriberOutcomeKind.Ok)
        {
            return SubscribersFunction.Answer(outcome);
        }

        // One channel asked for (sub16b): the other's link or code is left alone. When only the other waits, the answer
        // names the channel asked for rather than claim every contact is confirmed.
        if (resend is not null && only is { } asked && (asked == Channel.Email ? resend.Email : resend.Phone) is null)
        {
            return Problems.Field(
                StatusCodes.Status409Conflict, "Nothing to confirm on this channel", ResendBody.Field,
                $"nothing of this channel waits for confirmation (its {(asked == Channel.Email ? "address" : "number")} is confirmed, or for a number that replied STOP, lifted only by replying START); the other channel still does: leave {ResendBody.Field} out or ask for it");
        }

        if (resend is null)
        {
            return Problems.Field(StatusCodes.Status409Conflict, "Nothing to confirm", "pending", "every contact of this subscriber is confirmed (or, for a number that replied STOP, lifted only by replying START).");
        }

        if (await gate.RefuseConfirmationsAsync(
            request, ClientAction.Resend, only == Channel.Sms ? null : resend.Email, only == Channel.Email ? null : resend.Phone, cancellationToken) is { } refused)
        {
            return refused;
        }

        var started = await signUps.ResendAsync(resend, email: only != Channel.Sms, sms: only != Channel.Email, cancellationToken);
        var notSent = await confirmations.SendAsync(request, started, cancellationToken);
        var signUp = started.SignUp;
        return new AcceptedResult((string?)null, new { signUpId = signUp.Id, pending = signUp.PendingChannels, notSent });
    }
}
