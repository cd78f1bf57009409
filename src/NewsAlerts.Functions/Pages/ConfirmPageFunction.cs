namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Confirm;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.Messages;
using NewsAlerts.Pages.Topics;

/// <summary>
/// <c>/confirm</c>: <c>GET ?signUp=&amp;token=</c> (the emailed link) shows one button, so link scanners confirm
/// nothing; <c>GET ?signUp=</c> shows the SMS code form (<c>&amp;embed=1</c>: embedded, as in the sign-up's iframe). <c>POST</c> (form fields <c>formToken</c>, <c>signUp</c>,
/// <c>step</c> = <c>email</c> with <c>token</c>, <c>code</c> with <c>code</c>, or <c>resend</c>) confirms through
/// <see cref="SignUpService"/> as the API does, or sends new confirmations. Every POST that confirms or sends answers
/// 303 to a GET page (Post/Redirect/Get, issue 16), so a reload or Back confirms and sends nothing again: a resend to
/// the page of what was sent (<see cref="SignUpSent"/> with <c>resent=1</c>), a confirmation to
/// <c>GET ?view=&amp;channel=</c>, the "you're confirmed" page, or to the code page when the number still waits
/// (<see cref="ConfirmedLocations"/>). The view token in that URL opens that page only and for minutes; the manage
/// token is written into the page's form when it is shown, never into a URL.
/// </summary>
public sealed class ConfirmPageFunction(
    PageResponder pages, ConfirmPages confirmPages, SignUpService signUps, ConfirmationGate gate, ConfirmationMessages confirmationMessages,
    IConfirmationSender confirmations, AlertLinks links, SignUpMetrics metrics, ContactChangeNotifier changes, TokenSigner tokens,
    SubscriberService subscribers, ContactsConfirmedElsewhere elsewhere, TimeProvider clock)
{
    /// <summary>Shows or handles the confirmation pages.</summary>
    [Function("ConfirmPage")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = "confirm")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        PageResponder.UseLanguage(request);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            if (request.Query[ConfirmedLocations.ViewField].ToString() is { Length: > 0 } view)
            {
                // The "you're confirmed" page speaks the language of the sign-up it names, as every page of a sign-up does
                // (trial r41 #15). That sign-up (just confirmed, or whose topics were just added) is read once, here, and
                // the page takes this read (session 42, review: it was read for the language and again for the page).
                var added = request.Query[ConfirmedLocations.AddedField].ToString() is { Length: > 0 } addedId ? addedId : null;
                var from = request.Query[ConfirmedLocations.SignUpField].ToString() is { Length: > 0 } fromId ? fromId : null;
                var viewed = (from ?? added) is { } viewedId && SignUpIds.IsWellFormed(viewedId) ? await signUps.FindAsync(viewedId, cancellationToken) : null;
                PageResponder.UseLanguage(request, null, viewed is null ? null : PageLanguage.ForSubscriber(viewed.Language));
                return await ConfirmedPageAsync(view, ConfirmedLocations.ChannelOf(request.Query[ConfirmedLocations.ChannelField]), request.Query["embed"] == "1", cancellationToken,
                    added is null ? null : viewed, from is null ? null : viewed);
            }

            var token = request.Query["token"].ToString();
            // A change of address's link names no sign-up (AlertLinks.ConfirmAddressChange): its token does.
            var named = request.Query.ContainsKey("signUp");
            // Verified once for the whole request: null for no token, a broken one, or an expired one.
            var verified = token.Length > 0 ? tokens.Verify(token, TokenPurpose.ConfirmEmail) : null;
            var signUpId = named ? request.Query["signUp"].ToString() : verified?.SubscriberId ?? string.Empty;
            // Read once for the whole request (issue 16) and passed down: every check below takes this read, none reads it again.
            var waiting = SignUpIds.IsWellFormed(signUpId) ? await signUps.FindAsync(signUpId, cancellationToken) : null;
            // A link from a message opens in the language the sign-up chose (issue 16), not the browser's; an unknown one in the browser's.
            PageResponder.UseLanguage(request, null, waiting is null ? null : PageLanguage.ForSubscriber(waiting.Language));

            if (token.Length == 0 && await NumberConfirmedElsewhereAsync(waiting, request.Query["embed"] == "1", cancellationToken) is { } done)
            {
                return done;
            }

            // Trial r37 #13: an expired or broken link of a change of address (its link names no sign-up, or an older one the
            // manage link's "m" sign-up) says what it was for, and leads to the preferences, where the change is made again.
            // Only a link that was one (named "m" sign-up, or a signed token of one): any other broken token gets the generic page.
            if (token.Length > 0 && verified is null
                && (named ? signUpId : tokens.SignedSubject(token, TokenPurpose.ConfirmEmail)) is { } changeId && IsManageSignUp(changeId))
            {
                // Session 42: a link that brought the subscriber's own address back says so, not "a new address", when its
                // token is ours (signed, only expired): only then is the change it names read, for its wording and language.
                var signed = tokens.SignedSubject(token, TokenPurpose.ConfirmEmail) == changeId
                    ? named ? waiting : await signUps.FindAsync(changeId, cancellationToken)
                    : null;
                if (signed is not null)
                {
                    PageResponder.UseLanguage(request, null, PageLanguage.ForSubscriber(signed.Language));
                }

                return await ChangeLinkNotValidAsync(signed, request.Query["embed"] == "1");
            }

            if (token.Length > 0 && !named && verified is null)
            {
                // A token naming no sign-up that is no link of ours (review of s37, finding 7): the generic page.
                return await pages.MessageAsync(PageStrings.LinkNotValidTitle, PageStrings.LinkNotValidMessage, StatusCodes.Status403Forbidden,
                    embed: request.Query["embed"] == "1");
            }

            // Trial r37 #13: a link opened again after it worked says at once what it did (topics added, address changed,
            // subscription confirmed), not "Confirm your subscription" with a button that would only say so afterwards.
            if (token.Length > 0 && SignUpIds.IsWellFormed(signUpId)
                && await signUps.AlreadyConfirmedEmailAsync(signUpId, token, waiting, cancellationToken) is { Subscriber: { } confirmedBefore, ManageToken: { } manage })
            {
                metrics.Confirmation(Channel.Email, "already_confirmed");
                return await AlreadyConfirmedPageAsync(waiting, confirmedBefore, manage, request.Query["embed"] == "1");
            }

            // A change of address's link used or replaced since (review of s37, finding 2): it may have gone to an address
            // that never held the subscription, so no manage token; the way on is a manage link sent to the current contacts.
            if (token.Length > 0 && signUps.SpentAddressChangeLink(signUpId, token, waiting))
            {
                metrics.Confirmation(Channel.Email, "refused");
                return await ChangeLinkNotValidAsync(waiting, request.Query["embed"] == "1");
            }

            // The SMS code page keeps the embedded sign-up's minimal chrome and frame-ancestors when asked (?embed=1).
            // The emailed link's page is chosen only after the link is verified (issue 16): every link that does not confirm
            // gets the same page, whatever its address's state.
            if (token.Length > 0)
            {
                return await confirmPages.EmailLinkPageAsync(signUpId, token, await signUps.LinkAddsTopicsAsync(signUpId, token, waiting, cancellationToken), waiting?.Topics ?? [],
                    comesBack: verified?.SubscriberId == signUpId && waiting is { ComesBack: true });
            }

            return SignUpIds.IsWellFormed(signUpId)
                ? await CodePageAgainAsync(request, signUpId, waiting)
                : await confirmPages.CodePageAsync(signUpId, [], null, embed: request.Query["embed"] == "1");
        }

        var (form, unreadable) = await pages.ReadFormAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }
        var id = form["signUp"].ToString();
        // The sign-up is read at most once for the whole request (session 42, review): for the language when the form
        // chose none, then by whichever handler needs it; a request that needs it for neither does not read it.
        var read = ReadOnce(id, cancellationToken);
        PageResponder.UseLanguage(request, form,
            PageResponder.ChoseLanguage(request, form) || !SignUpIds.IsWellFormed(id) ? null : await read.Value is { } posted ? PageLanguage.ForSubscriber(posted.Language) : null);

        var embed = form["embed"] == "1";
        if (form["step"] == "number-code")
        {
            return await NumberCodeAsync(request, form, embed, cancellationToken);
        }

        if (!SignUpIds.IsWellFormed(id) || await pages.RefuseAsync(request, form, ConfirmPages.FormName, id, embed) is not null)
        {
            return await pages.MessageAsync(PageStrings.ForbiddenTitle, PageStrings.ForbiddenMessage, StatusCodes.Status403Forbidden, embed: embed);
        }

        return form["step"].ToString() switch
        {
            "email" => await ConfirmAsync(request, id, read, Channel.Email, form["token"].ToString(), embed, cancellationToken),
            "code" => await ConfirmAsync(request, id, read, Channel.Sms, TypedCodes.Normalised(form["code"].ToString()), embed, cancellationToken, ManageTokenOf(form)),
            "resend" => await ResendAsync(request, id, read, embed, cancellationToken, ManageTokenOf(form), ResendChannel.Of(form[ResendChannel.Field])),
            _ => await pages.MessageAsync(PageStrings.ForbiddenTitle, PageStrings.ForbiddenMessage, StatusCodes.Status403Forbidden, embed: embed),
        };
    }

    // Whether id names the manage link's sign-up (an address or number change, or coming back), told by its shape alone;
    // any other id, also one of no known shape ("nope": a link cut short), is worded as a sign-up's (session 42, B).
    private static bool IsManageSignUp(string? id) => SignUpIds.IsOfManageLink(id);

    // The sign-up id names, read on first use and then kept, so a request reads it once (null: none, or not an id).
    private Lazy<Task<PendingSignUp?>> ReadOnce(string id, CancellationToken cancellationToken) =>
        new(() => SignUpIds.IsWellFormed(id) ? signUps.FindAsync(id, cancellationToken) : Task.FromResult<PendingSignUp?>(null));

    // The code page reached from the preference centre carries the manage token (the email step's token is the link's).
    private static string? ManageTokenOf(IFormCollection form) => form["token"].ToString() is { Length: > 0 } token ? token : null;

    // Inside the embedded sign-up (embed) every answer may be framed by the embed origins and its forms stay embedded.
    private static (string Name, string Value)[] EmbedField(bool embed) => embed ? [("embed", "1")] : [];

    // The code form keyed by number (ConfirmPages.NumberCodePageAsync): the code is tried against the sign-up waiting
    // for that number and address, if any; with none, the answers are those of a wrong code, on the same page.
    private async Task<IActionResult> NumberCodeAsync(HttpRequest request, IFormCollection form, bool embed, CancellationToken cancellationToken)
    {
        var phone = form["phone"].ToString();
        var email = form["email"].ToString() is { Length: > 0 } address ? address : null;
        if (phone.Length == 0 || await pages.RefuseAsync(request, form, ConfirmPages.NumberFormName, ConfirmPages.NumberSubject(phone, email), embed) is not null)
        {
            return await pages.MessageAsync(PageStrings.ForbiddenTitle, PageStrings.ForbiddenMessage, StatusCodes.Status403Forbidden, embed: embed);
        }

        CodePageOf numberPage = (notices, error, status) => confirmPages.NumberCodePageAsync(phone, email, notices, error, status, embed);
        var code = TypedCodes.Normalised(form["code"].ToString());
        if (!TypedCodes.IsSixDigits(code))
        {
            // Before any lookup, so the answer is the same whether or not a sign-up waits for the number.
            return await numberPage([], PageStrings.CodeNotSixDigits, StatusCodes.Status400BadRequest);
        }

        if (await signUps.WaitingForNumberAsync(phone, email, cancellationToken) is { } waiting)
        {
            // One refusal for every code that does not confirm (wrong, expired, tries spent): "used up" would tell a
            // stranger that a sign-up waits for this number, since with none every code is merely wrong.
            return await ConfirmAsync(request, waiting.Id, new(Task.FromResult<PendingSignUp?>(waiting)), Channel.Sms, code, embed, cancellationToken, codePage: numberPage, oneRefusal: true);
        }

        if (await gate.RefuseConfirmAttemptAsync(request, cancellationToken) is { } refused)
        {
            return refused.WithPage(await numberPage([LimitWords.Message(refused.Refusal.Limit, refused.Refusal.RetryAfterSeconds, refused.Action)], null, StatusCodes.Status429TooManyRequests));
        }

        metrics.Confirmation(Channel.Sms, "refused");
        return await numberPage([], PageStrings.CodeWrong, StatusCodes.Status403Forbidden);
    }

    // read: the sign-up as this request reads it once (ReadOnce), taken by every check below that needs it.
    private async Task<IActionResult> ConfirmAsync(
        HttpRequest request, string signUpId, Lazy<Task<PendingSignUp?>> read, Channel channel, string secret, bool embed, CancellationToken cancellationToken, string? manageToken = null,
        CodePageOf? codePage = null, bool oneRefusal = false)
    {
        codePage ??= (notices, error, status) => confirmPages.CodePageAsync(signUpId, notices, error, status, embed, manageToken);
        if (channel == Channel.Sms && !TypedCodes.IsSixDigits(secret))
        {
            // Not shaped like a code we send: how to write one, and no try spent.
            return await codePage([], PageStrings.CodeNotSixDigits, StatusCodes.Status400BadRequest);
        }

        if (await gate.RefuseConfirmAttemptAsync(request, cancellationToken) is { } refused)
        {
            // A code already received can still be entered once the wait is over: the code form stays.
            return channel == Channel.Sms
                ? refused.WithPage(await codePage([LimitWords.Message(refused.Refusal.Limit, refused.Refusal.RetryAfterSeconds, refused.Action)], null, StatusCodes.Status429TooManyRequests))
                : await pages.TooManyAsync(refused, embed);
        }

        var outcome = channel == Channel.Email
            ? await signUps.ConfirmEmailAsync(signUpId, secret, cancellationToken)
            : await signUps.ConfirmSmsAsync(signUpId, secret, cancellationToken);
        switch (outcome.Kind)
        {
            case SignUpOutcomeKind.Confirmed:
                metrics.Confirmation(channel, "confirmed");
                var subscriber = outcome.Subscriber!;
                if (outcome.Added is { } added)
                {
                    // Topics added to an address confirmed already (issue 16): no "you're subscribed" email (the address
                    // was subscribed), and the page says what was added, with the manage link.
                    await changes.NotifyAsync(outcome, cancellationToken);
                    return EditorGate.SeeOther(request.HttpContext.Response,
                        ConfirmedLocations.Added(tokens.Issue(TokenPurpose.ConfirmedPage, added.SubscriberId, ConfirmedLocations.ViewLifetime), signUpId, channel, embed, PageCulture.Language));
                }

                if (channel == Channel.Email && subscriber is { Email: { } email, EmailStatus: ContactStatus.Confirmed })
                {
                    // As the API does: the manage link goes to the address just confirmed.
                    await confirmations.SendManageLinkAsync(subscriber.Id, email, links.Manage(subscriber.Id, outcome.ManageToken!), Core.Texts.MessageLocale.Of(subscriber), cancellationToken);
                }

                await changes.NotifyAsync(outcome, cancellationToken);
                // Post/Redirect/Get: a reload shows the page again and confirms nothing (issue 16).
                return EditorGate.SeeOther(request.HttpContext.Response,
                    channel == Channel.Email && await read.Value is { Phone: not null, SmsConfirmed: false }
                        // The sign-up's number still waits for its code (the code page may have been closed): the way back to it.
                        ? ConfirmedLocations.CodeAfterEmail(signUpId, embed, PageCulture.Language)
                        : ConfirmedLocations.Confirmed(tokens.Issue(TokenPurpose.ConfirmedPage, subscriber.Id, ConfirmedLocations.ViewLifetime), channel, embed, PageCulture.Language, signUpId));
            case SignUpOutcomeKind.TooManyTopics:
                metrics.Confirmation(channel, "too_many_topics");
                return await pages.MessageAsync(PageStrings.ConfirmedTitle, PageStrings.TooManyTopicsMessage, StatusCodes.Status409Conflict, embed: embed);
            default:
                if (channel == Channel.Email && await signUps.AlreadyConfirmedEmailAsync(signUpId, secret, cancellationToken) is { Subscriber: { } already, ManageToken: { } newManageToken })
                {
                    // The link was pressed again after it worked: the person is confirmed; lead them to their preferences.
                    metrics.Confirmation(channel, "already_confirmed");
                    return await AlreadyConfirmedPageAsync(await read.Value, already, newManageToken, embed);
                }

                if (channel == Channel.Sms && manageToken is not null
                    && await signUps.ManagedSmsConfirmedAlreadyAsync(signUpId, manageToken, cancellationToken) is { } managed)
                {
                    // The code page reached from the preference centre, sent again after its code worked: the holder of
                    // the manage token hears that the number is confirmed and goes back to the preference centre.
                    metrics.Confirmation(channel, "already_confirmed");
                    return await pages.MessageAsync(PageStrings.AlreadyConfirmedTitle, PageStrings.AlreadyConfirmedSmsManagedMessage,
                        action: "/manage", button: PageStrings.ManageButton,
                        hidden: pages.Hidden(ManagePageFunction.FormName, managed, ("token", manageToken), ("step", "open")),
                        embed: embed, toTop: embed);
                }

                // A number that replied STOP is not named here (issue 16): the holder of the sign-up's page may be anyone who
                // typed the number. Its code reads as any other (a STOP voids it: used up), and the code page tells everyone
                // that START comes first, then a new code.
                // Not on the page keyed by number (oneRefusal): there every code that does not confirm reads alike, as
                // "already confirmed" would tell a stranger that the number was confirmed meanwhile.
                if (channel == Channel.Sms && !oneRefusal && await signUps.SmsConfirmedAlreadyAsync(signUpId, cancellationToken))
                {
                    // The code was entered again after it worked (Back, then Confirm): its number is done. No number is
                    // named and no manage link given, since the sign-up id proves no control of the number.
                    // An older code of a sign-up made again, whose newer code confirmed the number, was never used: say
                    // what happened (trial r32 #3). The way back is a manage link sent to the contact itself
                    // (WayBack: /manage/link takes a number too).
                    metrics.Confirmation(channel, "already_confirmed");
                    var (wayBack, wayBackText) = WayBack;
                    return await pages.MessageAsync(PageStrings.AlreadyConfirmedTitle,
                        await signUps.SmsConfirmedByAnotherCodeAsync(signUpId, secret, cancellationToken) ? PageStrings.AlreadyConfirmedByNewerCodeMessage : PageStrings.AlreadyConfirmedSmsMessage,
                        embed: embed, linkTo: wayBack, linkText: wayBackText, toTop: embed);
                }

                if (channel == Channel.Email && await signUps.SpentAddressChangeLinkAsync(signUpId, secret, cancellationToken))
                {
                    // As on the GET page: a change of address's link used or replaced since hands out no manage token.
                    metrics.Confirmation(channel, "refused");
                    return await ChangeLinkNotValidAsync(await read.Value, embed);
                }

                // Each request is counted once: "already_confirmed" by the pages below that say so, "refused" otherwise (issue 16).
                if (channel == Channel.Email && await signUps.ReplacedLinkAsync(signUpId, secret, cancellationToken) is { } newest)
                {
                    metrics.Confirmation(channel, "refused");
                    // A newer link went to the address (a sign-up made again, or "send it again"): only it confirms. The
                    // button sends the newest sign-up's link again, the one whose choices were asked for last.
                    return await pages.MessageAsync(PageStrings.NewerLinkSentTitle, PageStrings.NewerLinkSentMessage, StatusCodes.Status403Forbidden,
                        action: "/confirm", button: PageStrings.SendNewLinkButton,
                        hidden: pages.Hidden(ConfirmPages.FormName, newest.Id, [("signUp", newest.Id), ("step", "resend"), ResendChannel.Link, .. EmbedField(embed)]), embed: embed);
                }

                if (channel == Channel.Email && await EmailConfirmedElsewhereAsync(signUpId, await read.Value, secret, embed, cancellationToken) is { } confirmedElsewhere)
                {
                    return confirmedElsewhere;
                }

                if (channel == Channel.Sms && !oneRefusal && await NumberConfirmedElsewhereAsync(await read.Value, embed, cancellationToken) is { } numberDone)
                {
                    return numberDone;
                }

                metrics.Confirmation(channel, "refused");
                return channel == Channel.Sms
                    ? await codePage([], CodeRefusal(outcome, oneRefusal), StatusCodes.Status403Forbidden)
                    : await pages.MessageAsync(PageStrings.LinkNotValidTitle, PageStrings.LinkNotValidMessage, StatusCodes.Status403Forbidden,
                        action: "/confirm", button: PageStrings.SendNewLinkButton,
                        hidden: pages.Hidden(ConfirmPages.FormName, signUpId, [("signUp", signUpId), ("step", "resend"), ResendChannel.Link, .. EmbedField(embed)]), embed: embed);
        }
    }

    // What the code page says of a refused code: what really happened, to the holder of the sign-up's page (who typed the
    // number); the page keyed by number alone says "wrong" for all, as anything more would tell a stranger of a sign-up.
    private static string CodeRefusal(SignUpOutcome outcome, bool oneRefusal) =>
        oneRefusal ? PageStrings.CodeWrong
        : SignUpService.IsCodeUsedUp(outcome) ? PageStrings.CodeUsedUp
        : SignUpService.IsCodeReplaced(outcome) ? PageStrings.CodeReplaced
        : SignUpService.IsCodeSuperseded(outcome) ? PageStrings.CodeSuperseded
        : PageStrings.CodeWrong;

    // As POST /api/sign-ups/{id}/resend, but a page never claims a send that did not happen: a sign-up with nothing
    // waiting (or gone) says so. That tells about a sign-up id only, never about an address or number.
    // Trial r37 #2: each button resends its own channel only (only: the code page's "Send me a new code" a code, a link
    // page's "Send me a new link" a link; null: both, as the API does), so the other one already sent keeps working.
    private async Task<IActionResult> ResendAsync(
        HttpRequest request, string signUpId, Lazy<Task<PendingSignUp?>> read, bool embed, CancellationToken cancellationToken, string? manageToken = null, Channel? only = null)
    {
        var found = await read.Value;
        var email = found is { Email: { } address, EmailConfirmed: false } ? address : null;
        var phone = found is { Phone: { } number, SmsConfirmed: false } ? number : null;
        // Issue 16: a contact confirmed through a newer sign-up gets nothing; the other, still waiting, gets its own.
        var emailDone = email is not null && await elsewhere.EmailHolderAsync(found!, cancellationToken) is not null;
        var phoneDone = phone is not null && await elsewhere.PhoneHolderAsync(found!, cancellationToken) is not null;
        // The emailed link left alone by a code sent alone, said on the code page only while it still confirms.
        var linkKept = only == Channel.Sms && email is not null && !emailDone && signUps.LinkWorks(found!);
        if ((emailDone || phoneDone) && (email is null || emailDone) && (phone is null || phoneDone))
        {
            // Trial r31: everything this sign-up waits for was confirmed through a newer sign-up. Sending a confirmation
            // to a confirmed contact only leads to a second "you're confirmed": say so, send nothing. The sign-up id
            // proves no control of the contact, so the way on is the manage link by email, not a manage token.
            metrics.Confirmation(email is not null ? Channel.Email : Channel.Sms, "already_confirmed");
            var (wayBack, wayBackText) = WayBack;
            return await pages.MessageAsync(PageStrings.AlreadyConfirmedTitle, PageStrings.AlreadyConfirmedNothingSentMessage, embed: embed,
                linkTo: wayBack, linkText: wayBackText, toTop: embed);
        }

        email = emailDone || only == Channel.Sms ? null : email;
        phone = phoneDone || only == Channel.Email ? null : phone;

        if (await gate.RefuseConfirmationsAsync(request, ClientAction.Resend, email, phone, cancellationToken) is { } refused)
        {
            // From the code page: the code form again, so a code already received can still be entered.
            return phone is not null
                ? refused.WithPage(await confirmPages.CodePageAsync(signUpId, [LimitWords.Message(refused.Refusal.Limit, refused.Refusal.RetryAfterSeconds, refused.Action)], null, StatusCodes.Status429TooManyRequests, embed, manageToken, resendHeld: true))
                // Trial r37 #13: a person already subscribed needs no new link: the preferences' link is counted apart.
                : await pages.TooManyAsync(refused, embed, also: (new Uri("/manage/link", UriKind.Relative), PageStrings.ManageLinkOffer));
        }

        if (found is null || (email is null && phone is null))
        {
            // Nothing waits for confirmation (finished, or expired and gone): say so rather than claim a send.
            return await pages.MessageAsync(PageStrings.NothingToSendTitle, PageStrings.NothingToSendMessage, embed: embed,
                linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.NotFoundLink);
        }

        var resent = await signUps.ResendAsync(found, email: email is not null, sms: phone is not null, cancellationToken);
        var notSent = await confirmationMessages.SendAsync(request, resent, cancellationToken);

        // Post/Redirect/Get (issue 16): a reload shows the page again and sends nothing. The code page reached from the
        // preference centre goes back there (its codes are entered on /manage; the token never goes in a link onward).
        // What the notice says comes from what was sent (a sign-up confirmed meanwhile gets nothing), not what was asked;
        // a code withheld from a number that replied STOP reads as sent to the sign-up's page (anyone may have typed the
        // number: issue 16), and as not sent to the manage token's holder, whose number it is.
        return EditorGate.SeeOther(request.HttpContext.Response, manageToken is not null && !SignUpIds.IsOfSignUpForm(signUpId)
            ? $"/manage?token={Uri.EscapeDataString(manageToken)}&{ManageNotices.Field}={Uri.EscapeDataString(ManageNotices.OfResend(resent.EmailConfirmationToken is not null, resent.SmsCode is not null, resent.SmsCodeWithheld))}"
            : SignUpSent.Location(signUpId, resent.EmailConfirmationToken is not null, resent.SmsCode is not null || resent.SmsCodeWithheld, notSent, embed, PageCulture.Language, resent: true,
                linkKept: linkKept && resent.EmailConfirmationToken is null));
    }

    // The code page opened (again): what the sign-up's state is now (trial r38 #6), not what the URL said was sent when the
    // page was first reached; an unknown sign-up gets the "no longer works" page. Only the holder of the sign-up's page
    // (its random id) learns its state; the way on is a manage link sent to the contacts themselves, as elsewhere.
    private async Task<IActionResult> CodePageAgainAsync(HttpRequest request, string signUpId, PendingSignUp? waiting)
    {
        var embed = request.Query["embed"] == "1";
        var (wayBack, wayBackText) = WayBack;
        return CodePageStates.Of(waiting) switch
        {
            CodePageState.Gone => await pages.MessageAsync(PageStrings.LinkNotValidTitle, PageStrings.CodePageGoneMessage, StatusCodes.Status404NotFound, embed: embed,
                linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.NotFoundLink),
            CodePageState.AllConfirmed => await pages.MessageAsync(PageStrings.AlreadyConfirmedTitle, PageStrings.CodePageAllConfirmedMessage, embed: embed,
                linkTo: wayBack, linkText: wayBackText, toTop: embed),
            CodePageState.NumberConfirmed => await pages.MessageAsync(PageStrings.NumberConfirmedTitle, PageStrings.CodePageNumberConfirmedMessage, embed: embed,
                action: "/confirm", button: PageStrings.SendNewLinkButton,
                hidden: pages.Hidden(ConfirmPages.FormName, signUpId, [("signUp", signUpId), ("step", "resend"), ResendChannel.Link, .. EmbedField(embed)])),
            CodePageState.EmailConfirmed => await confirmPages.CodePageAsync(signUpId,
                request.Query[ConfirmedLocations.ConfirmedField] == "email" ? [PageStrings.ConfirmedEmailEnterCode] : [PageStrings.CodePageEmailConfirmed], null, embed: embed),
            _ => await confirmPages.CodePageAsync(signUpId, SignUpSent.CodePageNotices(request.Query), null, embed: embed,
                linkResend: request.Query[SignUpSent.Field] == "both" && SignUpSent.NotSentOf(request.Query).Email),
        };
    }

    // The page of a confirmation link used already (AlreadyConfirmedEmailAsync found its subscriber), named for what the
    // link was for (trial r37 #13): topics added to a subscribed address (issue 16: nothing changes again), a change of
    // address made from the preferences, or the sign-up's subscription. Each leads to the preferences, and says what holds
    // their alerts back now (a pause, a stopped channel; trial s44 #7: "your alerts are on" to a paused person), read from
    // the subscriber as it is, or nothing about their state.
    private Task<IActionResult> AlreadyConfirmedPageAsync(PendingSignUp? signUp, Subscriber subscriber, string manageToken, bool embed)
    {
        var hidden = pages.Hidden(ManagePageFunction.FormName, subscriber.Id, ("token", manageToken), ("step", "open"));
        var state = AlertState.Sentence(subscriber, clock.GetUtcNow());
        return signUp switch
        {
            { ComesBack: true, SubscriberId: { } back } when back == subscriber.Id => pages.MessageAsync(PageStrings.ComeBackDoneTitle, PageStrings.ComeBackAlreadyMessage,
                detail: state, action: "/manage", button: PageStrings.ManageButton, hidden: hidden, embed: embed, toTop: embed),
            { Added: { } added } when added.SubscriberId == subscriber.Id => pages.MessageAsync(PageStrings.TopicsAlreadyAddedTitle, PageStrings.TopicsAlreadyAddedMessage,
                detail: Joined(ConfirmPages.TopicsOf(added.Topics), state), action: "/manage", button: PageStrings.ManageButton, hidden: hidden, embed: embed, toTop: embed),
            { Replaces: true } => pages.MessageAsync(PageStrings.AddressChangeDoneTitle, PageStrings.AddressChangeDoneMessage,
                detail: state, action: "/manage", button: PageStrings.ManageButton, hidden: hidden, embed: embed, toTop: embed),
            _ => pages.MessageAsync(PageStrings.AlreadyConfirmedTitle, PageStrings.AlreadyConfirmedMessage,
                detail: state, action: "/manage", button: PageStrings.ManageButton, hidden: hidden, embed: embed, toTop: embed),
        };
    }

    // The sentences given, in order, as one detail line; null when there is none.
    private static string? Joined(params string?[] sentences) =>
        string.Join(' ', sentences.OfType<string>()) is { Length: > 0 } joined ? joined : null;

    // The "you're confirmed" page a confirmation answers 303 to (ConfirmedLocations.Confirmed), for as long as its view
    // token lasts: what they chose, and "Manage your alerts" as a form holding a manage token issued now. Once the view
    // token has expired (a URL from the history, a link shared) it says they are confirmed and offers the manage link by
    // email, since the view token alone proves no control of any contact after its minutes.
    // added: the sign-up whose link just added topics (ConfirmedLocations.Added) as read by the caller, listed when it added them to this subscriber.
    // from: the sign-up just confirmed (ConfirmedLocations.Confirmed) as read by the caller, whose contacts still waiting are named when it is this subscriber's.
    private async Task<IActionResult> ConfirmedPageAsync(
        string view, Channel? channel, bool embed, CancellationToken cancellationToken, PendingSignUp? added = null, PendingSignUp? from = null)
    {
        var subscriberId = tokens.Verify(view, TokenPurpose.ConfirmedPage)?.SubscriberId;
        var manageToken = subscriberId is null ? null : tokens.Issue(TokenPurpose.Manage, subscriberId, ConfirmedLocations.ManageLifetime);
        if (subscriberId is null || manageToken is null || channel is null
            || await subscribers.GetAsync(subscriberId, manageToken, cancellationToken) is not { Kind: SubscriberOutcomeKind.Ok, Subscriber: { } subscriber })
        {
            return await pages.MessageAsync(PageStrings.ConfirmedTitle, PageStrings.ConfirmedPageExpiredMessage, StatusCodes.Status410Gone, embed: embed,
                linkTo: new Uri("/manage/link", UriKind.Relative), linkText: PageStrings.AlreadyConfirmedManageLink, toTop: embed);
        }

        if (added is { Added: { } change } && change.SubscriberId == subscriber.Id)
        {
            // Issue 16: what the link (trial r37 #7: or the code) added, and the way to everything else (their settings
            // were not touched); the choices of the sign-up that were not applied are named.
            var addedDetail = string.Join(' ', new[] { ConfirmPages.TopicsOf(change.Topics), NewsAlerts.Pages.Confirm.ChoicesNotAppliedWords.Sentence(change) }.OfType<string>());
            return await pages.MessageAsync(PageStrings.TopicsAddedTitle, PageStrings.TopicsAddedMessage, detail: addedDetail.Length == 0 ? null : addedDetail,
                action: "/manage", button: PageStrings.ManageButton,
                hidden: pages.Hidden(ManagePageFunction.FormName, subscriber.Id, ("token", manageToken), ("step", "open")),
                embed: embed, toTop: embed);
        }

        // What they chose (or the default daily digest), repeated so nobody waits all day for an email by surprise; first
        // the topics the confirmation is for (trial r36 #1: a code texted for earlier choices confirmed those, unnamed).
        var schedule = channel == Channel.Email
            ? ScheduleWords.Sentence((subscriber.Preferences ?? Core.Policy.DeliveryPreferences.AsItHappens).Email, subscriber.TimeZone)
            : null;
        var topics = ConfirmPages.TopicsOf(subscriber.Topics) is { } listed
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, PageStrings.ConfirmedTopics, listed)
            : null;
        // Trial r37 #1: which channels are confirmed now and which of this sign-up's contacts still wait.
        var signUp = from is not null && (from.SubscriberId == subscriber.Id || from.CreatedSubscriberId == subscriber.Id) ? from : null;
        var channels = ConfirmedChannels.Sentence(subscriber, signUp);
        var detail = string.Join(' ', new[] { topics, channels, schedule, AlertState.Sentence(subscriber, clock.GetUtcNow()) }.OfType<string>());
        // Session 42: the subscriber's own address brought back (after unsubscribing) is welcomed back, not told it changed.
        var cameBack = channel == Channel.Email && signUp is { ComesBack: true, EmailConfirmed: true };
        return await pages.MessageAsync(cameBack ? PageStrings.ComeBackDoneTitle : PageStrings.ConfirmedTitle,
            cameBack ? PageStrings.ComeBackDoneMessage : channel == Channel.Email ? PageStrings.ConfirmedEmailMessage : PageStrings.ConfirmedSmsMessage,
            detail: detail.Length == 0 ? null : detail, action: "/manage", button: PageStrings.ManageButton,
            hidden: pages.Hidden(ManagePageFunction.FormName, subscriber.Id, ("token", manageToken), ("step", "open")),
            embed: embed, toTop: embed, // the preference centre may not be framed: it opens in the whole window
            notes: TopicNotes.For(subscriber.Topics.Select(t => (t.Text, t.Language)), subscriber.Language),
            matched: MatchedLanguages.Sentence(subscriber.Topics.Select(t => (t.Text, t.Language)), subscriber.Language, subscriber.Languages));
    }

    // An older confirmation link (genuine for this sign-up) whose address a newer sign-up confirmed (trial r31): the
    // person is confirmed. Holding the link proves control of the address, as confirming with it would have, so the
    // page leads to the preferences with a manage token, as a link opened again after it worked does. Null otherwise.
    // signUp: the sign-up as read by the caller (null: none), so the request reads it once.
    private async Task<IActionResult?> EmailConfirmedElsewhereAsync(string signUpId, PendingSignUp? read, string secret, bool embed, CancellationToken cancellationToken)
    {
        if (tokens.Verify(secret, TokenPurpose.ConfirmEmail)?.SubscriberId != signUpId
            || read is not { } signUp
            || await elsewhere.EmailHolderAsync(signUp, cancellationToken) is not { } holder)
        {
            return null;
        }

        var manageToken = tokens.Issue(TokenPurpose.Manage, holder.Id, SubscriberService.ManageTokenLifetime);

        metrics.Confirmation(Channel.Email, "already_confirmed");
        return await pages.MessageAsync(PageStrings.AlreadyConfirmedTitle, PageStrings.AlreadyConfirmedByNewerMessage,
            detail: AlertState.Sentence(holder, clock.GetUtcNow()), action: "/manage", button: PageStrings.ManageButton,
            hidden: pages.Hidden(ManagePageFunction.FormName, holder.Id, ("token", manageToken), ("step", "open")),
            embed: embed, toTop: embed);
    }

    // The code page of a sign-up whose number a newer sign-up confirmed (trial r31): no code is needed, none is sent.
    // As for a code entered again after it worked, no number is named and the way on is the manage link by email.
    // signUp: the sign-up as read by the caller (null: none), so the request reads it once.
    private async Task<IActionResult?> NumberConfirmedElsewhereAsync(PendingSignUp? signUp, bool embed, CancellationToken cancellationToken)
    {
        if (signUp is null || await elsewhere.PhoneHolderAsync(signUp, cancellationToken) is null)
        {
            return null;
        }

        metrics.Confirmation(Channel.Sms, "already_confirmed");
        var (wayBack, wayBackText) = WayBack;
        return await pages.MessageAsync(PageStrings.AlreadyConfirmedTitle, PageStrings.AlreadyConfirmedNumberMessage, embed: embed,
            linkTo: wayBack, linkText: wayBackText, toTop: embed);
    }

    // The page of a change's link that no longer works (expired, broken, used or replaced since), named for what it was
    // for: the subscriber's own address brought back (change: the change it names, read with a token of ours only), or a
    // new address. Either way on is a manage link sent to the contacts themselves (/manage/link).
    private Task<IActionResult> ChangeLinkNotValidAsync(PendingSignUp? change, bool embed) =>
        pages.MessageAsync(PageStrings.LinkNotValidTitle,
            change is { ComesBack: true } ? PageStrings.ComeBackLinkNotValidMessage : PageStrings.AddressChangeLinkNotValidMessage, StatusCodes.Status403Forbidden,
            embed: embed, linkTo: new Uri("/manage/link", UriKind.Relative), linkText: PageStrings.GetPreferencesLink);

    // The way back to the preferences for the holder of a sign-up's page, which proves no control of a contact: a manage
    // link sent to the contact itself, by email or by text (/manage/link takes either, so a person with a number only has
    // one too; signing up again is refused to a number that replied STOP). The same for every sign-up, so nothing is read.
    private static (Uri Link, string Text) WayBack => (new Uri("/manage/link", UriKind.Relative), PageStrings.AlreadyConfirmedManageLink);

    // Renders the code form again with notices above it, an error on the field (or null) and a status.
    private delegate Task<IActionResult> CodePageOf(IReadOnlyList<string> notices, string? error, int status);
}
