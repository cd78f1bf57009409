namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Forms;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;

/// <summary>
/// <c>/manage/link</c>, for a person whose manage link expired or was lost: <c>GET</c> shows "Email me a link to my
/// preferences" (an <c>email</c> field; the same form is the page of an expired manage link, <see cref="FormAsync"/>);
/// <c>POST</c> (<c>email</c>, <c>formToken</c>) answers 303 to <c>GET /manage/link?sent=1</c>, "If that address is signed up,
/// we've sent a link to it", whether or not it is (so a reload sends nothing again): the address is only queued (the <c>manage-links</c> Service Bus queue,
/// <see cref="IManageLinkRequests"/>) and looked up by the Dispatcher after the answer, so neither the status, the text
/// nor the time tells whether it is signed up. 400 for an address that is not one; 429 (how long to wait) over the
/// sign-up limits per client or per address, counted for any address; 403 without a valid form token or from another
/// origin; 503 "try again" when the queue cannot be reached (alike for every address).
/// </summary>
public sealed partial class ManageLinkPageFunction(PageResponder pages, ConfirmationGate gate, IManageLinkRequests requests, ILogger<ManageLinkPageFunction> logger)
{
    /// <summary>The form's name (its form token's subject is <see cref="FormTokens.Anyone"/>).</summary>
    public const string FormName = "manage-link";

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
            return request.Query["sent"] == "1"
                ? await pages.MessageAsync(PageStrings.ManageLinkSentTitle, PageStrings.ManageLinkSentMessage)
                : await FormAsync(pages, null, FormState.Empty, StatusCodes.Status200OK);
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

        var typed = form["email"].ToString().Trim();
        var (email, reason) = typed.Length == 0 ? (null, null) : ContactValidation.Email(typed);
        if (email is null)
        {
            var error = new PageError("email", reason is null ? PageStrings.ManageLinkEmailMissing : FormFields.ContactError("email", reason));
            return await FormAsync(pages, null, new FormState(new Dictionary<string, string> { ["email"] = typed }, [error]), StatusCodes.Status400BadRequest);
        }

        if (await gate.RefuseManageLinkAsync(request, email, cancellationToken) is { } limited)
        {
            return await pages.TooManyAsync(limited, backTo: new Uri("/manage/link", UriKind.Relative), backText: PageStrings.BackToManageLink);
        }

        try
        {
            await requests.RequestAsync(email, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotQueued(logger, ex);
            return await pages.MessageAsync(PageStrings.ManageLinkNotQueuedTitle, PageStrings.ManageLinkNotQueuedMessage, StatusCodes.Status503ServiceUnavailable);
        }

        return EditorGate.SeeOther(request.HttpContext.Response, PageLinks.Here("/manage/link?sent=1"));
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Manage link request could not be queued")]
    private static partial void LogNotQueued(ILogger logger, Exception exception);
}
