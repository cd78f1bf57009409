namespace NewsAlerts.Functions.Subscribers;

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Pages;

/// <summary>
/// The subscriber API: sign up (anonymous; confirmations in <see cref="ConfirmationsFunction"/>), then read, change topics or settings and erase with the manage token
/// (<c>Authorization: Bearer &lt;token&gt;</c> or <c>?token=</c>). Reads and changes answer the subscriber's version in
/// <c>ETag</c>; a change sent with <c>If-Match</c> is written only while that version is stored, else 412
/// (<see cref="SubscriberVersions"/>), so a client never overwrites a change it has not seen (a STOP text, another tab).
/// </summary>
public sealed class SubscribersFunction(
    SubscriberService subscribers, SignUpStart start, TextablePhones phones, SignUpService signUps, ConfirmationGate gate, ConfirmationMessages confirmations)
{
    /// <summary>
    /// <c>POST /api/subscribers</c>: starts a sign-up and sends the confirmations (a link by email, a code by SMS).
    /// Answers <c>202 {"signUpId": "...", "pending": ["email","sms"]}</c> the same whether the contacts are new,
    /// already subscribed or an unsubscribed address: it never tells who is subscribed, and hands out no subscriber id or
    /// manage token. A number that replied STOP is answered alike too and texted nothing (<see cref="StoppedNumbers"/>:
    /// its code is withheld; the code page tells everyone that START comes first for a number that replied STOP).
    /// A rate limit (<c>RateLimits</c> settings) answers 429 with <c>Retry-After</c>, storing and sending nothing.
    /// <c>notSent</c> names the confirmation messages that did not go out within <c>Alerts:ConfirmationDeadlineSeconds</c>
    /// (empty when all did): the answer is still 202, and resend asks again.
    /// </summary>
    [Function("CreateSubscriber")]
    public async Task<IActionResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscribers")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await JsonBody.HandleAsync(request, "email", async (json, givenTwice) =>
        {
            var parsed = SubscriberRequestParser.ParseSignUp(json, phones).After(givenTwice);
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
    /// <c>text/html</c>), is sent on to the preference centre (<c>/manage</c>), with its token, or without one when the
    /// link lost it (the page then offers a new link).
    /// </summary>
    [Function("GetSubscriber")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/subscribers/{id}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var queryToken = request.Query["token"].ToString();
        if (PageResponder.WantsPage(request))
        {
            // A link that lost its token (trial r36 #11: raw 403 JSON) goes to /manage too, which offers a new link.
            return new RedirectResult(queryToken.Length > 0 ? "/manage?token=" + Uri.EscapeDataString(queryToken) : "/manage");
        }

        return Answer(await subscribers.GetAsync(IdOf(request), ManageToken(request), cancellationToken), response: request.HttpContext.Response);
    }

    /// <summary><c>PUT /api/subscribers/{id}/topics</c> with <c>{"topics": [...]}</c>; <c>If-Match</c> as for PATCH.</summary>
    [Function("ReplaceSubscriberTopics")]
    public async Task<IActionResult> ReplaceTopicsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/subscribers/{id}/topics")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (subscribers.RefuseWithoutAccess(IdOf(request), ManageToken(request)) is { } refused)
        {
            return Answer(refused);
        }

        return await JsonBody.HandleAsync(request, "topics", async (json, givenTwice) =>
        {
            var errors = givenTwice.ToList();
            IReadOnlyList<string?> languages = [];
            KnownMembers.Refuse(json, "$", "a field of a topic change", SubscriberRequestParser.TopicsChangeFields, errors);
            var topics = json.ValueKind == JsonValueKind.Object ? SubscriberRequestParser.ParseTopics(json, errors, out languages) : [];
            if (json.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new FieldError("$", "the request must be a JSON object with topics"));
            }

            return errors.Count > 0
                ? Problems.Invalid(errors)
                : Answer(await subscribers.ReplaceTopicsAsync(IdOf(request), ManageToken(request), topics, cancellationToken, languages, IfMatch(request)), withWarnings: true, request.HttpContext.Response);
        }, cancellationToken);
    }

    /// <summary>
    /// <c>PATCH /api/subscribers/{id}</c> with <c>{"timeZone": "...", "smsMaxUrgency": n, "preferences": {...}}</c> (any of
    /// them; preferences merge onto the current ones, see <see cref="Core.Policy.DeliveryPreferencesParser"/>). A new
    /// <c>email</c> and/or <c>phone</c> (validated as at sign-up) gets a confirmation, rate limited as at sign-up, and
    /// replaces the old one (or is added) only once confirmed (<see cref="ContactChanges"/>): the answer is then
    /// <c>202 {"signUpId", "pending", "notSent"}</c> as for a resend (the code goes to
    /// <c>/api/sign-ups/{signUpId}/confirm-sms</c>); 409 naming <c>phone</c> for a number that replied STOP (START lifts it).
    /// With <c>If-Match</c> (the <c>ETag</c> of a read), settings are written only while that version is stored, else 412
    /// naming <c>If-Match</c> and nothing is changed or sent.
    /// </summary>
    [Function("ChangeSubscriberSettings")]
    public async Task<IActionResult> ChangeSettingsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "api/subscribers/{id}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (subscribers.RefuseWithoutAccess(IdOf(request), ManageToken(request)) is { } refused)
        {
            return Answer(refused);
        }

        return await JsonBody.HandleAsync(request, "timeZone", async (json, givenTwice) =>
        {
            var contacts = ContactChangeRequest.Parse(json, phones);
            var parsed = contacts.Settings is { } settings ? SubscriberRequestParser.ParseSettings(settings) : null;
            if (givenTwice.Count > 0 || contacts.Errors.Count > 0 || parsed is { IsValid: false })
            {
                return Problems.Invalid([.. givenTwice, .. contacts.Errors, .. parsed?.Errors ?? []]);
            }

            if (contacts is { Email: null, Phone: null })
            {
                return Answer(
                    await subscribers.ChangeSettingsAsync(IdOf(request), ManageToken(request), parsed!.Value!, cancellationToken, IfMatch(request)),
                    withWarnings: parsed.Value!.Language is not null, request.HttpContext.Response);
            }

            return await ChangeContactsAsync(request, contacts, parsed?.Value, cancellationToken);
        }, cancellationToken);
    }

    // Every decision before anything is stored or sent: the token, a stopped number, the rate limits; then the settings, then the confirmations.
    private async Task<IActionResult> ChangeContactsAsync(HttpRequest request, ContactChangeRequest contacts, SubscriberSettings? settings, CancellationToken cancellationToken)
    {
        var (id, token) = (IdOf(request), ManageToken(request));
        // If-Match is checked before anything is asked or sent; the settings write checks it again.
        if (IfMatch(request) is { } ifMatch && await subscribers.GetAsync(id, token, cancellationToken) is { Kind: SubscriberOutcomeKind.Ok } current
            && !SubscriberVersions.Allows(ifMatch, current.Version!))
        {
            return Answer(current with { Kind = SubscriberOutcomeKind.Stale }, response: request.HttpContext.Response);
        }

        var asked = new List<(Channel Channel, string Contact)>();
        PendingSignUp? waiting = null;
        foreach (var (channel, contact) in new[] { (Channel.Email, contacts.Email), (Channel.Sms, contacts.Phone) })
        {
            if (contact is null)
            {
                continue;
            }

            var (outcome, kind, prepared) = await signUps.PrepareContactChangeAsync(id, token, channel, contact, cancellationToken);
            if (outcome.Kind != SubscriberOutcomeKind.Ok)
            {
                return Answer(outcome);
            }

            if (kind == ContactChangeKind.NumberStopped)
            {
                return Problems.Field(StatusCodes.Status409Conflict, "Number stopped", "phone", ContactChanges.NumberStoppedReason);
            }

            if (kind == ContactChangeKind.Confirm)
            {
                asked.Add((channel, contact));
            }

            // The same change again while its link or code works (trial r41 #5): nothing sent, nothing spent.
            waiting = kind == ContactChangeKind.Waiting ? prepared : waiting;
        }

        if (asked.Count > 0 && await gate.RefuseConfirmationsAsync(
            request, ClientAction.ContactChange, asked.Find(a => a.Channel == Channel.Email).Contact, asked.Find(a => a.Channel == Channel.Sms).Contact, cancellationToken) is { } refused)
        {
            return refused;
        }

        var changed = settings is null ? await subscribers.GetAsync(id, token, cancellationToken) : await subscribers.ChangeSettingsAsync(id, token, settings, cancellationToken, IfMatch(request));
        if (changed.Kind == SubscriberOutcomeKind.Ok && asked.Count == 0 && waiting is not null)
        {
            // Answered as the first ask was, as a repeated sign-up is: the change still waits, and nothing was sent now.
            return new AcceptedResult((string?)null, new { signUpId = waiting.Id, pending = waiting.PendingChannels, notSent = Array.Empty<string>() });
        }

        if (changed.Kind != SubscriberOutcomeKind.Ok || asked.Count == 0)
        {
            return Answer(changed, withWarnings: settings?.Language is not null, request.HttpContext.Response);
        }

        SignUpStarted? started = null;
        var notSent = new List<string>();
        foreach (var (channel, contact) in asked)
        {
            // Prepared again: the change of the other channel just stored is kept with it.
            if ((await signUps.PrepareContactChangeAsync(id, token, channel, contact, cancellationToken)).Change is { } change)
            {
                started = await signUps.StartContactChangeAsync(change, channel, cancellationToken);
                var unsent = await confirmations.SendAndRecordAsync(request, started, cancellationToken);
                notSent.AddRange(unsent);
            }
        }

        // Given back by the one rule over both channels' ends (issue 16 review: before, only when an exception was thrown).
        await gate.GiveBackIfDueAsync(request);

        return started is null
            ? Answer(changed)
            : new AcceptedResult((string?)null, new { signUpId = started.SignUp.Id, pending = started.SignUp.PendingChannels, notSent });
    }

    /// <summary><c>DELETE /api/subscribers/{id}</c>: erases every record of the subscriber.</summary>
    [Function("DeleteSubscriber")]
    public async Task<IActionResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/subscribers/{id}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (subscribers.RefuseWithoutAccess(IdOf(request), ManageToken(request)) is { } refused)
        {
            return Answer(refused);
        }

        if (await JsonBody.RefuseUnreadableAsync(request, cancellationToken) is { } unreadable)
        {
            return unreadable;
        }

        var outcome = await subscribers.DeleteAsync(IdOf(request), ManageToken(request), cancellationToken);
        return outcome.Kind == SubscriberOutcomeKind.Ok ? new NoContentResult() : Answer(outcome);
    }

    /// <summary>
    /// Maps an outcome to 200, 400, 403, 404 or 412 (<see cref="SubscriberOutcomeKind.Stale"/>: <c>If-Match</c> names a
    /// version no longer stored); with <paramref name="withWarnings"/> (a change of topics or language) the 200 answer
    /// carries <c>warnings</c> about the topics, as at sign-up, when there are some. With <paramref name="response"/>,
    /// a known version goes in its <c>ETag</c> header (the current one on a 412).
    /// </summary>
    public static IActionResult Answer(SubscriberOutcome outcome, bool withWarnings = false, HttpResponse? response = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (response is not null && outcome.Version is { } version && outcome.Kind is SubscriberOutcomeKind.Ok or SubscriberOutcomeKind.Stale)
        {
            response.Headers.ETag = version;
        }

        return outcome.Kind switch
        {
            SubscriberOutcomeKind.Stale => Problems.Field(
                StatusCodes.Status412PreconditionFailed, "Precondition failed", "If-Match", "names a version of the subscriber that is no longer current: it was changed since (read it again, with its ETag, and make the change again)"),
            SubscriberOutcomeKind.Ok => new OkObjectResult(ViewOf(outcome, withWarnings)),
            SubscriberOutcomeKind.Invalid => Problems.Invalid(outcome.Errors ?? [new FieldError("$", outcome.Reason ?? "is not valid")]),
            SubscriberOutcomeKind.NotFound => Problems.Field(StatusCodes.Status404NotFound, "Not found", "id", $"{outcome.Reason}."),
            _ => Problems.Field(StatusCodes.Status403Forbidden, "Forbidden", "token", $"{outcome.Reason}."),
        };
    }

    // A cap that counts from now (its seeding failed, trial s44) is said in the answer, not only logged.
    private static SubscriberView ViewOf(SubscriberOutcome outcome, bool withWarnings)
    {
        var view = withWarnings ? SubscriberView.WithWarnings(outcome.Subscriber!) : SubscriberView.Of(outcome.Subscriber!);
        return outcome.CapsCountFromNow ? view with { Notices = [new FieldError(CapSeeding.NoticeField, CapSeeding.CountsFromNowReason)] } : view;
    }

    /// <summary>The route's subscriber id.</summary>
    public static string IdOf(HttpRequest request) => request?.RouteValues["id"]?.ToString() ?? string.Empty;

    // The If-Match header, or null when none was sent (no condition).
    private static string? IfMatch(HttpRequest request) => request.Headers.IfMatch.ToString() is { Length: > 0 } value ? value : null;

    /// <summary>The manage token of a request: the <c>Authorization: Bearer</c> header's, else the <c>token</c> query parameter's.</summary>
    public static string? ManageToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : request.Query["token"].ToString();
    }
}
