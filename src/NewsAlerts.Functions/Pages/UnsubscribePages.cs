namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;

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

        return await pages.RefuseAsync(request, form, FormName, verified.SubscriberId) ?? await UnsubscribeAsync(token, cancellationToken);
    }
}
