namespace NewsAlerts.Functions.Pages;

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.ManageLinks;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Words;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.SignUp;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Forms;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.Messages;

/// <summary>
/// <c>/manage/link</c>, for a person whose manage link expired or was lost: <c>GET</c> shows "Get a link to my
/// preferences" (an <c>email</c> and a <c>phone</c> field, either or both; the same form is the page of an expired
/// manage link, <see cref="FormAsync"/>); <c>POST</c> (<c>email</c> and/or <c>phone</c>, <c>formToken</c>) answers 303 to
/// <c>GET /manage/link?sent=email|text|both</c>: "If that address is signed up, we've sent a link to it", "If this
/// number follows alerts, we've texted it a link", whether or not it does (so a reload sends nothing again). The
/// address or number is only queued (the <c>manage-links</c> Service Bus queue, <see cref="IManageLinkRequests"/>) and
/// looked up by the Dispatcher after the answer, so neither the status, the text nor the time tells whether it is
/// signed up. A number is read as sign-up reads it (<see cref="TextablePhones.Check"/>: E.164, or as written in the one
/// texted country). Nothing is ever texted to a stopped number (<see cref="ManageLinkRecovery.DecideText"/>); instead
/// the answer to every number says how a person who replied STOP restarts (text START to our number, then ask again),
/// so a stranger learns nothing from it. 400 for an address or number that is not one (naming the field and why); 429
/// (how long to wait) over the sign-up limits per client or per address or number, counted for any of them (all
/// permits taken before anything is queued; a refusal gives back the address's or number's taken before it, and a
/// 503 gives back every one taken, the client's too); 403
/// without a valid form token or from another origin; 503 "try again" when the queue cannot be reached (alike for
/// every address and number; the address's and the number's requests are queued together or not at all).
/// </summary>
public sealed partial class ManageLinkPageFunction(
    PageResponder pages, ConfirmationGate gate, IManageLinkRequests requests, TextablePhones phones, IOptions<TwilioOptions> twilio, ILogger<ManageLinkPageFunction> logger)
{
    // A Messaging Service picks the sender itself: then the page cannot name our number (one rule: OurNumber).
    private readonly string? ourNumber = OurNumber.Of(twilio?.Value);

    /// <summary>The form's name (its form token's subject is <see cref="FormTokens.Anyone"/>).</summary>
    public const string FormName = "manage-link";

    // The answers' names in ?sent= (a link that says which message went, never to whom).
    private const string Email = "1";
    private const string Text = "text";
    private const string Both = "both";

    /// <summary>Shows or handles the form.</summary>
    [Function("ManageLinkPage")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = "manage/link")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        PageResponder.UseLanguage(request);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            // Where a request lands (Post/Redirect/Get): a reload shows this again and sends no second link.
            return request.Query["sent"].ToString() switch
            {
                Email => await pages.MessageAsync(PageStrings.ManageLinkSentTitle, PageStrings.ManageLinkSentMessage),
                Text => await pages.MessageAsync(PageStrings.ManageLinkTextedTitle, PageStrings.ManageLinkTextedMessage, detail: StoppedHint()),
                Both => await pages.MessageAsync(PageStrings.ManageLinkSentBothTitle, $"{PageStrings.ManageLinkSentMessage} {PageStrings.ManageLinkTextedMessage}", detail: StoppedHint()),
                _ => await FormAsync(pages, null, FormState.Empty, StatusCodes.Status200OK),
            };
        }

        var (form, unreadable) = await pages.ReadFormAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }
        PageResponder.UseLanguage(request, form);
        if (await pages.RefuseAsync(request, form, FormName, FormTokens.Anyone) is { } refused)
        {
            return refused;
        }

        var (typedEmail, typedPhone) = (form["email"].ToString().Trim(), form["phone"].ToString().Trim());
        var asked = ManageLinkForm.Read(typedEmail, typedPhone, phones);
        if (asked.Errors.Count > 0)
        {
            var values = new Dictionary<string, string> { ["email"] = typedEmail, ["phone"] = typedPhone };
            return await FormAsync(pages, null, new FormState(values, asked.Errors), StatusCodes.Status400BadRequest);
        }

        // Both permits before anything is sent: a number over its limit refuses the whole request and spends nothing of
        // the address's allowance (issue 16).
        if (await gate.RefuseManageLinksAsync(request, [.. asked.Contacts], cancellationToken) is { } limited)
        {
            // Which limit refused, in words that do not blame the connection for the per-contact one (trial r34 #2).
            var seconds = limited.Refusal.RetryAfterSeconds;
            return limited.Refusal.Limit == Core.RateLimits.SignUpLimits.Contact
                ? limited.WithPage(await pages.MessageAsync(
                    WaitWords.Title(seconds),
                    ManageLinkLimitWords.Message(limited.Refusal.Limit, Core.RateLimits.SignUpLimits.Contact, seconds, (int)SubscriberService.ManageTokenLifetime.TotalDays),
                    StatusCodes.Status429TooManyRequests, linkTo: new Uri("/manage/link", UriKind.Relative), linkText: PageStrings.BackToManageLink))
                : await pages.TooManyAsync(limited, backTo: new Uri("/manage/link", UriKind.Relative), backText: PageStrings.BackToManageLink);
        }

        try
        {
            // All queued or none (issue 16): a 503 never follows a link already on its way, so "nothing was sent" is true.
            List<ManageLinkAsk> asks = [];
            if (asked.Email is { } email)
            {
                asks.Add(new ManageLinkAsk(Core.Delivery.Channel.Email, email));
            }

            if (asked.Phone is { } phone)
            {
                asks.Add(new ManageLinkAsk(Core.Delivery.Channel.Sms, phone));
            }

            await requests.RequestAllAsync(asks, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotQueued(logger, ex);
            // Nothing was queued: the allowances this request took are given back, so trying again is not refused (issue 16).
            ConfirmationGate.Record(request, Core.RateLimits.ConfirmationEnd.FailedOnOurSide);
            await gate.GiveBackIfDueAsync(request);
            return await pages.MessageAsync(PageStrings.ManageLinkNotQueuedTitle, PageStrings.ManageLinkNotQueuedMessage, StatusCodes.Status503ServiceUnavailable);
        }

        var sent = asked switch
        {
            { Email: not null, Phone: not null } => Both,
            { Phone: not null } => Text,
            _ => Email,
        };
        return EditorGate.SeeOther(request.HttpContext.Response, PageLinks.Here($"/manage/link?sent={sent}"));
    }

    /// <summary>
    /// The form with <paramref name="lead"/> on top (null: none) and <paramref name="state"/>'s value and error; also the
    /// answer to an expired or unknown manage link, so a person holding one can ask for a fresh one right there.
    /// </summary>
    public static Task<IActionResult> FormAsync(PageResponder pages, string? lead, FormState state, int status)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return pages.RenderAsync<ManageLinkPage>(new Dictionary<string, object?>
        {
            [nameof(ManageLinkPage.Lead)] = lead,
            [nameof(ManageLinkPage.Form)] = state,
            [nameof(ManageLinkPage.Hidden)] = pages.Hidden(FormName, FormTokens.Anyone),
        }, status);
    }

    // The same words for every number asked for: how someone who replied STOP gets texts again, naming our number.
    private string StoppedHint() => StoppedNumberWords.ManageLinkHint(ourNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Manage link request could not be queued")]
    private static partial void LogNotQueued(ILogger logger, Exception exception);
}
