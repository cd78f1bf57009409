namespace NewsAlerts.Functions.Subscribers;

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Http;

/// <summary>
/// The subscriber API: sign up (anonymous; confirmations in <see cref="ConfirmationsFunction"/>), then read, change topics or settings and erase with the manage token
/// (<c>Authorization: Bearer &lt;token&gt;</c> or <c>?token=</c>).
/// </summary>
public sealed class SubscribersFunction(
    SubscriberService subscribers, SignUpStart start, TextablePhones phones)
{
    /// <summary>
    /// <c>POST /api/subscribers</c>: starts a sign-up and sends the confirmations (a link by email, a code by SMS).
    /// Answers <c>202 {"signUpId": "...", "pending": ["email","sms"]}</c> the same whether the contacts are new,
    /// already subscribed or suppressed: it never tells who is subscribed, and hands out no subscriber id or manage token.
    /// A rate limit (<c>RateLimits</c> settings) answers 429 with <c>Retry-After</c>, storing and sending nothing.
    /// <c>notSent</c> names the confirmation messages that did not go out within <c>Alerts:ConfirmationDeadlineSeconds</c>
    /// (empty when all did): the answer is still 202, and resend asks again.
    /// </summary>
    [Function("CreateSubscriber")]
    public async Task<IActionResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscribers")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await JsonBody.HandleAsync(request, async json =>
        {
            var parsed = SubscriberRequestParser.ParseSignUp(json, phones);
            if (!parsed.IsValid)
            {
                return Problems.Invalid(parsed.Errors);
            }

            var signUpRequest = parsed.Value!;
            var (refused, started, notSent) = await start.RunAsync(request, signUpRequest, cancellationToken);
            if (refused is not null)
            {
                return refused;
            }

            var signUp = started!.SignUp;
            // Warnings about topics (a script that made a topic another language, ...) only when there are some.
            var warnings = TopicWarnings.For(signUpRequest.Topics, signUpRequest.TopicLanguages, signUpRequest.Language);
            return new AcceptedResult((string?)null, warnings.Count == 0
                ? new { signUpId = signUp.Id, pending = signUp.PendingChannels, notSent }
                : new { signUpId = signUp.Id, pending = signUp.PendingChannels, notSent, warnings });
        }, cancellationToken);
    }

    /// <summary>
    /// <c>GET /api/subscribers/{id}</c>; the manage link of alerts already sent, opened by a browser (it asks for
    /// <c>text/html</c>), is sent on to the preference centre (<c>/manage</c>).
    /// </summary>
    [Function("GetSubscriber")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/subscribers/{id}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var queryToken = request.Query["token"].ToString();
        if (queryToken.Length > 0 && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return new RedirectResult("/manage?token=" + Uri.EscapeDataString(queryToken));
        }

        return Answer(await subscribers.GetAsync(IdOf(request), ManageToken(request), cancellationToken));
    }

    /// <summary><c>PUT /api/subscribers/{id}/topics</c> with <c>{"topics": [...]}</c>.</summary>
    [Function("ReplaceSubscriberTopics")]
    public async Task<IActionResult> ReplaceTopicsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/subscribers/{id}/topics")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await JsonBody.HandleAsync(request, async json =>
        {
            var errors = new List<FieldError>();
            IReadOnlyList<string?> languages = [];
            var topics = json.ValueKind == JsonValueKind.Object ? SubscriberRequestParser.ParseTopics(json, errors, out languages) : [];
            if (json.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new FieldError("$", "the request must be a JSON object with topics"));
            }

            return errors.Count > 0
                ? Problems.Invalid(errors)
                : Answer(await subscribers.ReplaceTopicsAsync(IdOf(request), ManageToken(request), topics, cancellationToken, languages));
        }, cancellationToken);
    }

    /// <summary>
    /// <c>PATCH /api/subscribers/{id}</c> with <c>{"timeZone": "...", "smsMaxUrgency": n, "preferences": {...}}</c> (any of
    /// them; preferences merge onto the current ones, see <see cref="Core.Policy.DeliveryPreferencesParser"/>).
    /// </summary>
    [Function("ChangeSubscriberSettings")]
    public async Task<IActionResult> ChangeSettingsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "api/subscribers/{id}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await JsonBody.HandleAsync(request, async json =>
        {
            var parsed = SubscriberRequestParser.ParseSettings(json);
            return parsed.IsValid
                ? Answer(await subscribers.ChangeSettingsAsync(IdOf(request), ManageToken(request), parsed.Value!, cancellationToken))
                : Problems.Invalid(parsed.Errors);
        }, cancellationToken);
    }

    /// <summary><c>DELETE /api/subscribers/{id}</c>: erases every record of the subscriber.</summary>
    [Function("DeleteSubscriber")]
    public async Task<IActionResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/subscribers/{id}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = await subscribers.DeleteAsync(IdOf(request), ManageToken(request), cancellationToken);
        return outcome.Kind == SubscriberOutcomeKind.Ok ? new NoContentResult() : Answer(outcome);
    }

    /// <summary>Maps an outcome to 200, 400, 403 or 404.</summary>
    public static IActionResult Answer(SubscriberOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Kind switch
        {
            SubscriberOutcomeKind.Ok => new OkObjectResult(SubscriberView.Of(outcome.Subscriber!)),
            SubscriberOutcomeKind.Invalid => Problems.Invalid(outcome.Errors ?? [new FieldError("$", outcome.Reason ?? "is not valid")]),
            SubscriberOutcomeKind.NotFound => Problems.Of(StatusCodes.Status404NotFound, "Not found", $"id: {outcome.Reason}."),
            _ => Problems.Of(StatusCodes.Status403Forbidden, "Forbidden", $"token: {outcome.Reason}."),
        };
    }

    /// <summary>The route's subscriber id.</summary>
    public static string IdOf(HttpRequest request) => request?.RouteValues["id"]?.ToString() ?? string.Empty;

    private static string? ManageToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : request.Query["token"].ToString();
    }
}
