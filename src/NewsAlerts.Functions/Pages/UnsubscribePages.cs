namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.ManageLinks;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;

/// <summary>
/// The unsubscribe pages of <c>/unsubscribe</c> and of the links already sent (<c>/api/unsubscribe</c>): the link
/// (GET) shows one button that posts the token in a hidden field; the RFC 8058 one-click POST (token in the query,
/// no form) stops email at once, as mail clients send it.
/// </summary>
public sealed class UnsubscribePages(
    PageResponder pages, SubscriberService subscribers, TokenSigner tokens, ConfirmationGate gate, IManageLinkRequests manageLinks)
{
    /// <summary>The form name of the unsubscribe button (the form token's subject is the subscriber id).</summary>
    public const string FormName = "unsubscribe";

    /// <summary>
    /// The form name of "Email me a link to my preferences" on the result (its subject is the subscriber id; it posts the
    /// unsubscribe token and <c>step=manage-link</c>).
    /// </summary>
    public const string ManageLinkFormName = "unsubscribe-manage-link";

    private const string ManageLinkStep = "manage-link";

    /// <summary>
    /// The page of the link: a button when <paramref name="token"/> is valid and the address still receives (with
    /// <paramref name="done"/> <c>stopped</c>, a result reopened after subscribing again: "you're subscribed again",
    /// the button and the way to the preferences); "you're already unsubscribed" (or, with <paramref name="done"/> <c>stopped</c>, the result the button landed on) with the
    /// way back when it was unsubscribed; "this subscription no longer exists" with a way to sign up when the subscriber
    /// is erased; otherwise a 403 page with the form that emails a fresh manage link.
    /// </summary>
    public async Task<IActionResult> ShowAsync(string? token, string? done, CancellationToken cancellationToken)
    {
        if (tokens.Verify(token, TokenPurpose.Unsubscribe) is not { } verified)
        {
            return await NotValidAsync();
        }

        var subscriber = await subscribers.OfUnsubscribeTokenAsync(token, cancellationToken);
        return UnsubscribeStates.Of(subscriber) switch
        {
            // The result URL reopened from the history after the address was subscribed again (review of s45: it said
            // "you will get no more alerts"): the truth now, the way to the preferences, and the button to stop again.
            UnsubscribeState.Receiving when done == DoneStopped => await pages.MessageAsync(PageStrings.SubscribedAgainTitle, PageStrings.SubscribedAgainMessage,
                action: "/unsubscribe", button: PageStrings.UnsubscribeButton, hidden: pages.Hidden(FormName, verified.SubscriberId, ("token", token!)),
                linkTo: new Uri("/manage/link", UriKind.Relative), linkText: PageStrings.ManageLinkTitle),
            UnsubscribeState.Receiving => await pages.MessageAsync(PageStrings.UnsubscribeTitle, PageStrings.UnsubscribeMessage, action: "/unsubscribe",
                button: PageStrings.UnsubscribeButton, hidden: pages.Hidden(FormName, verified.SubscriberId, ("token", token!))),
            UnsubscribeState.Unsubscribed => await UnsubscribedAsync(already: done != DoneStopped, token!, verified.SubscriberId),
            _ => await GoneAsync(),
        };
    }

    // The result, and the way back (issue 16): the link stopped email for every topic, so its undo is the preference
    // centre, which offers subscribing again with the address confirmed first (nothing restarts on a click alone). The
    // way there is "email me a link to my preferences", never a manage token on this page: the unsubscribe link also
    // travels in the List-Unsubscribe header, which mail providers and security gateways open and POST without seeing
    // the email's body, and a manage token lets its holder read the history, change contacts and erase (review of s31).
    // The link in hand names the address, so the way is one button that emails the manage link to it (trial s45 #6: an
    // empty /manage/link form asked the person to type what the link already knew); the link goes to the address only.
    private Task<IActionResult> UnsubscribedAsync(bool already, string token, string subscriberId) =>
        pages.MessageAsync(
            already ? PageStrings.AlreadyUnsubscribedTitle : PageStrings.UnsubscribedTitle,
            already ? PageStrings.AlreadyUnsubscribedMessage : PageStrings.UnsubscribedMessage,
            detail: PageStrings.UnsubscribedWayBack, action: "/unsubscribe", button: PageStrings.EmailMeManageLinkButton,
            hidden: pages.Hidden(ManageLinkFormName, subscriberId, ("token", token), ("step", ManageLinkStep)));

    private Task<IActionResult> GoneAsync() =>
        pages.MessageAsync(PageStrings.UnsubscribedTitle, PageStrings.UnsubscribedGoneMessage,
            linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.SubscribeAgainLink);

    // A bad, changed or old link: "email me a link to my preferences" right there (where alerts can be stopped), not a dead end.
    private Task<IActionResult> NotValidAsync() =>
        ManageLinkPageFunction.FormAsync(pages, PageStrings.UnsubscribeNotValidMessage, FormState.Empty, StatusCodes.Status403Forbidden);

    /// <summary>Stops email for the token's subscriber and shows the result with the way back; 403 page when the token is not valid.</summary>
    public async Task<IActionResult> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        var outcome = await subscribers.UnsubscribeEmailAsync(token, cancellationToken);
        return outcome.Kind switch
        {
            SubscriberOutcomeKind.Ok => await UnsubscribedAsync(already: false, token!, tokens.Verify(token, TokenPurpose.Unsubscribe)!.SubscriberId),
            SubscriberOutcomeKind.NotFound => await GoneAsync(),
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

        if (form["step"] == ManageLinkStep)
        {
            return await EmailManageLinkAsync(request, form, token, verified.SubscriberId, cancellationToken);
        }

        if (await pages.RefuseAsync(request, form, FormName, verified.SubscriberId) is { } refused)
        {
            return refused;
        }

        // The page's form answers Post/Redirect/Get (issue 16), so a reload posts nothing again; the one-click POST above
        // keeps its page, as mail clients do not follow a redirect. It lands on the link's own page (the token was in its
        // URL already), which says the address is unsubscribed and offers the way back.
        return await subscribers.UnsubscribeEmailAsync(token, cancellationToken) is { Kind: SubscriberOutcomeKind.Ok or SubscriberOutcomeKind.NotFound }
            ? EditorGate.SeeOther(request.HttpContext.Response, PageLinks.Here($"/unsubscribe?token={Uri.EscapeDataString(token)}&{Done}={DoneStopped}"))
            : await NotValidAsync();
    }

    // "Email me a link to my preferences": the manage link to the token's subscriber's address, queued as /manage/link
    // queues it and counted by the same limits (per client and per address), landing on the same "sent" page.
    private async Task<IActionResult> EmailManageLinkAsync(HttpRequest request, IFormCollection form, string token, string subscriberId, CancellationToken cancellationToken)
    {
        if (await pages.RefuseAsync(request, form, ManageLinkFormName, subscriberId) is { } refused)
        {
            return refused;
        }

        if (await subscribers.OfUnsubscribeTokenAsync(token, cancellationToken) is not { Email: { } address })
        {
            return await GoneAsync();
        }

        if (await gate.RefuseManageLinksAsync(request, [address], cancellationToken) is { } limited)
        {
            return await pages.TooManyAsync(limited, backText: PageStrings.EmailMeManageLinkButton, backAction: "/unsubscribe",
                backHidden: pages.Hidden(ManageLinkFormName, subscriberId, ("token", token), ("step", ManageLinkStep)));
        }

        try
        {
            await manageLinks.RequestAllAsync([new ManageLinkAsk(Core.Delivery.Channel.Email, address)], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ConfirmationGate.Record(request, Core.RateLimits.ConfirmationEnd.FailedOnOurSide);
            await gate.GiveBackIfDueAsync(request);
            return await pages.MessageAsync(PageStrings.ManageLinkNotQueuedTitle, PageStrings.ManageLinkNotQueuedMessage, StatusCodes.Status503ServiceUnavailable);
        }

        return EditorGate.SeeOther(request.HttpContext.Response, PageLinks.Here("/manage/link?sent=1"));
    }

    /// <summary>The query field of the page the form lands on (<c>done=stopped</c>: the result rather than "already unsubscribed").</summary>
    public const string Done = "done";

    private const string DoneStopped = "stopped";
    private const string DoneGone = "gone";

    /// <summary>
    /// The page of <c>/unsubscribe?done=stopped</c> or <c>done=gone</c> without a valid token (a result URL of an
    /// earlier version, kept in the history): the result as a thing of the past, and the way back by a manage link sent by email; null for any
    /// other value, so the caller shows the link's page.
    /// </summary>
    public Task<IActionResult>? DonePageAsync(string done) => done switch
    {
        // Without a valid token there is no telling who this was or whether they came back since: what happened then, in
        // the past tense, and where to see the present, never "you will get no more alerts" (review of s45).
        DoneStopped => pages.MessageAsync(PageStrings.UnsubscribedTitle, PageStrings.UnsubscribedEarlierMessage, detail: PageStrings.UnsubscribedWayBack,
            linkTo: new Uri("/manage/link", UriKind.Relative), linkText: PageStrings.AlreadyConfirmedManageLink),
        DoneGone => GoneAsync(),
        _ => null,
    };
}
