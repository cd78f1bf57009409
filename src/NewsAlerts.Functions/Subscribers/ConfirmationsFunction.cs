namespace NewsAlerts.Functions.Subscribers;

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages.Confirm;

/// <summary>
/// Double opt-in of a sign-up: <c>POST /api/sign-ups/{signUpId}/confirm-email</c> with the link's token,
/// <c>POST /api/sign-ups/{signUpId}/confirm-sms</c> with the code. A confirmed contact joins its subscriber, and the
/// answer (200) holds the subscriber and its manage link, which is also emailed when the address is confirmed, unless
/// the link only added topics to the subscriber that had the address confirmed already (issue 16: no welcome then);
/// then (and when a code only added topics to the number's subscriber) the answer's <c>added</c> names the topics added
/// and, as API members, the sign-up's choices that were not applied (sub16b); otherwise <c>added</c> is null.
/// </summary>
public sealed class ConfirmationsFunction(
    SignUpService signUps, IConfirmationSender confirmations, ConfirmationMessages confirmationMessages, AlertLinks links, ConfirmationGate gate, SignUpMetrics metrics,
    ContactChangeNotifier changes, ContactsConfirmedElsewhere elsewhere)
{
    /// <summary>The one member of <c>POST /api/sign-ups/{id}/confirm-email</c>'s JSON body (any other is refused).</summary>
    public const string EmailBodyField = "token";

    /// <summary>The one member of <c>POST /api/sign-ups/{id}/confirm-sms</c>'s JSON body (any other is refused).</summary>
    public const string SmsBodyField = "code";

    /// <summary>Why a GET of the link from an API client (<see cref="JsonClients.AsksForJson"/>) is answered 406, and what to do instead.</summary>
    public const string GetAnswersAPage =
        "a GET of the emailed link answers only the confirm page (text/html) and never confirms (mail scanners open links); to confirm, POST to this URL with the token in the query, as {\"token\": \"...\"} or as a form field";

    /// <summary>
    /// Confirms the email address: the emailed link (GET) is sent on (303) to the confirm page of today's links,
    /// <c>/confirm?signUp=&amp;token=</c> (<see cref="ConfirmPageFunction"/>), whose button posts the token there; a GET from
    /// an API client (<c>Accept</c> naming JSON and not HTML: <see cref="JsonClients.AsksForJson"/>) is answered 406
    /// problem+json naming <c>Accept</c> (<see cref="GetAnswersAPage"/>) and confirms nothing either; an API
    /// client may post <c>{"token": ...}</c> directly, or a form its <c>token</c> field, to the link's URL with or
    /// without the query's token (the same one: <see cref="EmailTokenSources"/>).
    /// </summary>
    [Function("ConfirmEmail")]
    public async Task<IActionResult> ConfirmEmailAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "api/sign-ups/{signUpId}/confirm-email")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var queryToken = request.Query["token"].ToString();
        if (HttpMethods.IsGet(request.Method) && JsonClients.AsksForJson(request.Headers.Accept.ToString()))
        {
            // Session 43: an API client following the link got a 303 to an HTML page. The GET still confirms nothing (link
            // scanners open links); the client is told in problem+json how to confirm.
            return Problems.Field(StatusCodes.Status406NotAcceptable, "Not acceptable", "Accept", GetAnswersAPage);
        }

        if (HttpMethods.IsGet(request.Method))
        {
            // The link already sent in emails opens the page of today's link (303 to /confirm with the same sign-up and
            // token), so it answers as that page does in everything: its language (the sign-up's, else the browser's:
            // session 42, it spoke English to every browser), its wording for every broken id or token, its reads.
            return EditorGate.SeeOther(request.HttpContext.Response,
                $"/confirm?signUp={Uri.EscapeDataString(SignUpIdOf(request))}&token={Uri.EscapeDataString(queryToken)}");
        }

        // The body is optional (the token may be in the query): an empty one, of any content type, is no body.
        var (bodyToken, problem) = await ReadBodyTokenAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (token, error) = EmailTokenSources.Decide(queryToken, bodyToken);
        if (error is not null)
        {
            return Problems.Invalid([error]);
        }

        return await gate.RefuseConfirmAttemptAsync(request, cancellationToken)
            ?? await UnknownSignUpAsync(request, cancellationToken)
            ?? await AnswerAsync(await signUps.ConfirmEmailAsync(SignUpIdOf(request), token, cancellationToken), Channel.Email, cancellationToken);
    }

    /// <summary>
    /// Confirms the phone number. The code is read as the code page reads it (<see cref="TypedCodes.Normalised"/>: the
    /// invisible isolates an Arabic text puts around it, spaces and dashes dropped, any script's digits as ASCII; trial
    /// r32 #1); a code that is not six digits after that is a 400 problem+json naming <c>code</c> and spends none of the
    /// five tries. A sign-up id that names no sign-up is a 404 naming <c>signUp</c>; every six-digit code that does not
    /// confirm a known sign-up gets the same 403.
    /// </summary>
    [Function("ConfirmSms")]
    public async Task<IActionResult> ConfirmSmsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/sign-ups/{signUpId}/confirm-sms")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (value, problem) = await ReadFieldAsync(request, SmsBodyField, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var code = TypedCodes.Normalised(value);
        if (!TypedCodes.IsSixDigits(code))
        {
            return Problems.Invalid([new FieldError("code", "must be the six digits of the texted code")]);
        }

        return await gate.RefuseConfirmAttemptAsync(request, cancellationToken)
            ?? await UnknownSignUpAsync(request, cancellationToken)
            ?? await AnswerAsync(await signUps.ConfirmSmsAsync(SignUpIdOf(request), code, cancellationToken), Channel.Sms, cancellationToken);
    }

    /// <summary>
    /// <c>POST /api/sign-ups/{signUpId}/resend</c>: a fresh confirmation email and/or code for what is still pending,
    /// voiding the ones sent before (also after five wrong codes). Answers <c>202 {"signUpId": "..."}</c> whether or not
    /// the sign-up exists or has anything pending (an unknown one sends nothing), so the answer tells nothing about it.
    /// The body is optional: <c>{"channel": "email"}</c> or <c>{"channel": "sms"}</c> sends that channel only
    /// (<see cref="ResendBody"/>); 400 problem+json naming <c>channel</c> for another value or naming any other member,
    /// 400, 413 or 415 for a body the strict reader refuses; 429 (<see cref="RateLimitedResult"/>) when a rate limit refuses, sending nothing.
    /// </summary>
    [Function("ResendConfirmations")]
    public async Task<IActionResult> ResendAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/sign-ups/{signUpId}/resend")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (only, unreadable) = await ResendBody.ReadAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var id = SignUpIdOf(request);
        // Never echoed unchecked (trial r37 #10; the host's guard refuses it before, but not for a page request).
        if (RouteIds.Fault("signUpId", id) is { } fault)
        {
            return Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", "signUpId", fault);
        }

        var found = await signUps.FindAsync(id, cancellationToken);
        // Issue 16: a contact a newer sign-up confirmed gets nothing (as on the code page); the answer stays the same.
        // sub16b: {"channel": ...} sends that channel only.
        var email = only != Channel.Sms && found is { Email: { } address, EmailConfirmed: false } && await elsewhere.EmailHolderAsync(found, cancellationToken) is null ? address : null;
        var phone = only != Channel.Email && found is { Phone: { } number, SmsConfirmed: false } && await elsewhere.PhoneHolderAsync(found, cancellationToken) is null ? number : null;
        if (await gate.RefuseConfirmationsAsync(request, ClientAction.Resend, email, phone, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (found is not null && (email is not null || phone is not null))
        {
            var started = await signUps.ResendAsync(found, email: email is not null, sms: phone is not null, cancellationToken);
            // The answer is the same whatever was sent: it must not tell whether the sign-up exists.
            await confirmationMessages.SendAsync(request, started, cancellationToken);
        }

        return new AcceptedResult((string?)null, new { signUpId = id });
    }

    // Trial r33 #8: a sign-up id that names no sign-up is a 404 naming signUp, not "the code is wrong" (which sends the
    // person checking a code that was never the problem). It tells nothing about codes: the id is the random one the
    // sign-up answered with, and the attempt is counted by the gate before this is asked.
    private async Task<IActionResult?> UnknownSignUpAsync(HttpRequest request, CancellationToken cancellationToken) =>
        await signUps.FindAsync(SignUpIdOf(request), cancellationToken) is null
            ? Problems.Field(StatusCodes.Status404NotFound, "No such sign-up.", "signUp", "no sign-up has this id (it may have expired); sign up again")
            : null;

    private static string SignUpIdOf(HttpRequest request) => request.RouteValues["signUpId"]?.ToString() ?? string.Empty;

    // 200 with the subscriber and the manage link (emailed too, to the address just confirmed); 403 or 409 otherwise.
    private async Task<IActionResult> AnswerAsync(SignUpOutcome outcome, Channel channel, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case SignUpOutcomeKind.Confirmed:
                metrics.Confirmation(channel, "confirmed");
                var subscriber = outcome.Subscriber!;
                var manageUrl = links.Manage(subscriber.Id, outcome.ManageToken!);
                // Topics added to an address confirmed already (issue 16): no welcome, the address was subscribed before.
                if (channel == Channel.Email && outcome.Added is null && subscriber is { Email: { } email, EmailStatus: ContactStatus.Confirmed })
                {
                    await confirmations.SendManageLinkAsync(subscriber.Id, email, manageUrl, Core.Texts.MessageLocale.Of(subscriber), cancellationToken);
                }

                await changes.NotifyAsync(outcome, cancellationToken);

                // sub16b: a sign-up that only added topics (an address or number confirmed already) says which, and which
                // of its choices were not applied, as the page does.
                return new OkObjectResult(new
                {
                    subscriber = SubscriberView.Of(subscriber), manageUrl, manageToken = outcome.ManageToken,
                    added = outcome.Added is { } added
                        ? new { topics = added.Topics.Select(t => t.Text).ToList(), notApplied = (added.NotApplied ?? []).Select(ChoicesNotApplied.FieldOf).ToList() }
                        : null,
                });
            case SignUpOutcomeKind.TooManyTopics:
                metrics.Confirmation(channel, "too_many_topics");
                return Problems.Field(StatusCodes.Status409Conflict, "Too many topics", "topics", $"{outcome.Reason}.");
            default:
                metrics.Confirmation(channel, "refused");
                return Problems.Field(StatusCodes.Status403Forbidden, "Forbidden", channel == Channel.Email ? "token" : "code", $"{outcome.Reason}.");
        }
    }

    // The link's token from the body (JSON, or a form's hidden field), or null when there is none; the query's token is
    // weighed against it by EmailTokenSources.
    private static async Task<(string? Value, IActionResult? Problem)> ReadBodyTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? bodyToken;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && RequestFailures.ProblemFor(ex) is { } unreadable)
            {
                return (null, unreadable);
            }

            var errors = form.Keys.Where(k => k != EmailBodyField).Select(k => new FieldError(k, $"is not a field of this request (a form gives {EmailBodyField} only)")).ToList();
            if (form[EmailBodyField].Count > 1)
            {
                errors.Add(new FieldError(EmailBodyField, JsonBody.GivenTwice));
            }

            if (errors.Count > 0)
            {
                return (null, Problems.Invalid(errors));
            }

            bodyToken = form[EmailBodyField].ToString();
        }
        else
        {
            var (read, problem) = await ReadFieldAsync(request, EmailBodyField, cancellationToken, optional: true);
            if (problem is not null)
            {
                return (null, problem);
            }

            bodyToken = read;
        }

        return (bodyToken, null);
    }

    // The body's one string field; optional: an empty body, or one without the field, reads as null.
    private static async Task<(string? Value, IActionResult? Problem)> ReadFieldAsync(HttpRequest request, string field, CancellationToken cancellationToken, bool optional = false)
    {
        var (document, givenTwice, problem) = optional
            ? await JsonBody.ReadOptionalAsync(request, field, cancellationToken)
            : await JsonBody.ReadAsync(request, field, cancellationToken);
        if (problem is not null || document is null)
        {
            return (null, problem);
        }

        using (document)
        {
            var (value, errors) = SingleFieldBody.Read(document.RootElement, field, optional);
            return errors.Count + givenTwice.Count > 0 ? (null, Problems.Invalid([.. givenTwice, .. errors])) : (value, null);
        }
    }
}
