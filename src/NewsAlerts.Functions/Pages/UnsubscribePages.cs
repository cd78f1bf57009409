namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;

/// <summary>
/// The unsubscribe pages of <c>/unsubscribe</c> and of the links already sent (<c>/api/unsubscribe</c>): the link
/// (GET) shows one button that posts the token in a hidden field; the RFC 8058 one-click POST (token in the query,
/// no form) stops email at once, as mail clients send it.
/// </summary>
public sealed class UnsubscribePages(PageResponder pages, SubscriberService subscribers, TokenSigner tokens)
{
    /// <summary>The form name of the unsubscribe button (the form token's subject is the subscriber id).</summary>
    public const string FormName = "unsubscribe";

    /// <summary>The page of the link: a button when <paramref name="token"/> is valid, otherwise a 403 page with the form that emails a fresh manage link.</summary>
    public Task<IActionResult> ShowAsync(string? token) =>
        tokens.Verify(token, TokenPurpose.Unsubscribe) is { } verified
            ? pages.MessageAsync(PageStrings.UnsubscribeTitle, PageStrings.UnsubscribeMessage, action: "/unsubscribe", button: PageStrings.UnsubscribeButton,
                hidden: pages.Hidden(FormName, verified.SubscriberId, ("token", token!)))
            : NotValidAsync();

    // A bad, changed or old link: "email me a link to my preferences" right there (where alerts can be stopped), not a dead end.
    private Task<IActionResult> NotValidAsync() =>
        ManageLinkPageFunction.FormAsync(pages, PageStrings.UnsubscribeNotValidMessage, FormState.Empty, StatusCodes.Status403Forbidden);

    /// <summary>Stops email for the token's subscriber and shows the result; 403 page when the token is not valid.</summary>
    public async Task<IActionResult> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        var outcome = await subscribers.UnsubscribeEmailAsync(token, cancellationToken);
        return outcome.Kind switch
        {
            SubscriberOutcomeKind.Ok => await pages.MessageAsync(PageStrings.UnsubscribedTitle, PageStrings.UnsubscribedMessage),
            SubscriberOutcomeKind.NotFound => await pages.MessageAsync(PageStrings.UnsubscribedTitle, PageStrings.UnsubscribedGoneMessage),
            _ => await NotValidAsync(),
        };
    }

    /// <summary>
    /// A POST to the unsubscribe page: with the token in the query it is the one-click POST of RFC 8058 (no form token:
    /// the signed link is the proof); otherwise the page's form, which needs its form token and an allowed origin.
    /// </summary>
    public async Task<IActionResult> PostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var queryToken = request.Query["token"].ToString();
        if (queryToken.Length > 0)
        {
            return await UnsubscribeAsync(queryToken, cancellationToken);
        }

        var (form, unreadable) = await pages.ReadFormAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }
        PageResponder.UseLanguage(request, form);
        var token = form["token"].ToString();
        if (tokens.Verify(token, TokenPurpose.Unsubscribe) is not { } verified)
        {
            return await NotValidAsync();
        }

        if (await pages.RefuseAsync(request, form, FormName, verified.SubscriberId) is { } refused)
        {
            return refused;
        }

        // The page's form answers Post/Redirect/Get (issue 16), so a reload posts nothing again; the one-click POST above
        // keeps its page, as mail clients do not follow a redirect.
        return await subscribers.UnsubscribeEmailAsync(token, cancellationToken) is { Kind: SubscriberOutcomeKind.Ok or SubscriberOutcomeKind.NotFound } outcome
            ? EditorGate.SeeOther(request.HttpContext.Response, $"/unsubscribe?{Done}={(outcome.Kind == SubscriberOutcomeKind.Ok ? DoneStopped : DoneGone)}&{PageLanguage.Field}={Uri.EscapeDataString(PageCulture.Language)}")
            : await NotValidAsync();
    }

    /// <summary>The query field of the page the form lands on (<see cref="DonePageAsync"/>).</summary>
    public const string Done = "done";

    private const string DoneStopped = "stopped";
    private const string DoneGone = "gone";

    /// <summary>
    /// The page the unsubscribe form lands on, <c>/unsubscribe?done=stopped</c> or <c>done=gone</c> (fixed words, no
    /// token); null for any other value, so the caller shows the link's page.
    /// </summary>
    public Task<IActionResult>? DonePageAsync(string done) => done switch
    {
        DoneStopped => pages.MessageAsync(PageStrings.UnsubscribedTitle, PageStrings.UnsubscribedMessage),
        DoneGone => pages.MessageAsync(PageStrings.UnsubscribedTitle, PageStrings.UnsubscribedGoneMessage),
        _ => null,
    };
}
