namespace NewsAlerts.Functions.Subscribers;

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Http;

/// <summary>
/// Double opt-in of a sign-up: <c>POST /api/sign-ups/{signUpId}/confirm-email</c> with the link's token,
/// <c>POST /api/sign-ups/{signUpId}/confirm-sms</c> with the code. A confirmed contact joins its subscriber, and the
/// answer (200) holds the subscriber and its manage link, which is also emailed when the address is confirmed.
/// </summary>
public sealed class ConfirmationsFunction(SignUpService signUps, IConfirmationSender confirmations, AlertLinks links)
{
    /// <summary>
    /// Confirms the email address: the emailed link opens a page (GET) whose button posts the token back; an API
    /// client may post <c>{"token": ...}</c> directly.
    /// </summary>
    [Function("ConfirmEmail")]
    public async Task<IActionResult> ConfirmEmailAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "sign-ups/{signUpId}/confirm-email")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var queryToken = request.Query["token"].ToString();
        if (HttpMethods.IsGet(request.Method))
        {
            return Pages.Show("Confirm your subscription", "Confirm that you want news alerts at this address.",
                $"confirm-email?token={Uri.EscapeDataString(queryToken)}", "Confirm");
        }

        var (value, problem) = queryToken.Length > 0 ? (queryToken, null) : await ReadFieldAsync(request, "token", cancellationToken);
        return problem ?? await AnswerAsync(await signUps.ConfirmEmailAsync(SignUpIdOf(request), value, cancellationToken), "token", emailIt: true, cancellationToken);
    }

    /// <summary>Confirms the phone number.</summary>
    [Function("ConfirmSms")]
    public async Task<IActionResult> ConfirmSmsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sign-ups/{signUpId}/confirm-sms")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (value, problem) = await ReadFieldAsync(request, "code", cancellationToken);
        return problem ?? await AnswerAsync(await signUps.ConfirmSmsAsync(SignUpIdOf(request), value, cancellationToken), "code", emailIt: false, cancellationToken);
    }

    /// <summary>
    /// <c>POST /api/sign-ups/{signUpId}/resend</c>: a fresh confirmation email and/or code for what is still pending,
    /// voiding the ones sent before (also after five wrong codes). Answers 202 like the sign-up.
    /// </summary>
    [Function("ResendConfirmations")]
    public async Task<IActionResult> ResendAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sign-ups/{signUpId}/resend")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await signUps.ResendAsync(SignUpIdOf(request), cancellationToken) is not { } started)
        {
            return Problems.Of(StatusCodes.Status404NotFound, "Not found", "signUpId: no such sign-up.");
        }

        var signUp = started.SignUp;
        if (started.EmailConfirmationToken is { } token)
        {
            await confirmations.SendEmailConfirmationAsync(signUp.Id, signUp.Email!, links.ConfirmEmail(signUp.Id, token), cancellationToken);
        }

        if (started.SmsCode is { } code)
        {
            await confirmations.SendSmsCodeAsync(signUp.Id, signUp.Phone!, code, cancellationToken);
        }

        return new AcceptedResult((string?)null, new { signUpId = signUp.Id, pending = signUp.PendingChannels });
    }

    private static string SignUpIdOf(HttpRequest request) => request.RouteValues["signUpId"]?.ToString() ?? string.Empty;

    // 200 with the subscriber and the manage link (emailed too, to the address just confirmed); 403, 404 or 409 otherwise.
    private async Task<IActionResult> AnswerAsync(SignUpOutcome outcome, string field, bool emailIt, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case SignUpOutcomeKind.Confirmed:
                var subscriber = outcome.Subscriber!;
                var manageUrl = links.Manage(subscriber.Id, outcome.ManageToken!);
                if (emailIt && subscriber is { Email: { } email, EmailStatus: ContactStatus.Confirmed })
                {
                    await confirmations.SendManageLinkAsync(subscriber.Id, email, manageUrl, cancellationToken);
                }

                return new OkObjectResult(new { subscriber = SubscriberView.Of(subscriber), manageUrl, manageToken = outcome.ManageToken });
            case SignUpOutcomeKind.NotFound:
                return Problems.Of(StatusCodes.Status404NotFound, "Not found", $"signUpId: {outcome.Reason}.");
            case SignUpOutcomeKind.TooManyTopics:
                return Problems.Of(StatusCodes.Status409Conflict, "Too many topics", $"topics: {outcome.Reason}.");
            default:
                return Problems.Of(StatusCodes.Status403Forbidden, "Forbidden", $"{field}: {outcome.Reason}.");
        }
    }

    private static async Task<(string? Value, IActionResult? Problem)> ReadFieldAsync(HttpRequest request, string field, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        using (document)
        {
            return document!.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
                    ? (value.GetString(), null)
                    : (null, Problems.Of(StatusCodes.Status400BadRequest, "The request is not valid.", $"{field}: is required (a string)."));
        }
    }
}
