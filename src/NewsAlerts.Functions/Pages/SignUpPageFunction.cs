namespace NewsAlerts.Functions.Pages;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Forms;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Messages;
using NewsAlerts.Pages.SignUp;
using NewsAlerts.Pages.Topics;

/// <summary>
/// <c>/signup</c>: <c>GET</c> shows the form (<c>?embed=1</c>: minimal chrome, framable by <c>Pages:EmbedOrigins</c>;
/// <c>?topic=</c>: that topic prefilled); <c>POST</c> (fields of <see cref="FormFields"/> with <c>formToken</c> and
/// <c>embed</c>, and the topic builder's rows of <see cref="TopicBuilderFields"/>; <c>action=preview</c> only shows the
/// composed topics) is read by the API's own parser and started by <see cref="SignUpStart"/>, as <c>POST /api/subscribers</c>
/// is, then answers 303 to what to do next (<see cref="SignUpSent"/>: check the email, <c>?sent=email</c>; enter the texted
/// code). Field errors show the form again, values kept. The same contacts sent again while what was sent still works
/// repeat the waiting sign-up (<see cref="SignUpRepeats"/>: nothing sent, no per-contact count, the same page with
/// "send it again"). A number signed up again while its sign-up waits for the code
/// lands on that sign-up's code page (<see cref="SignUpsAgain"/>), with a fresh code, or, over the per-contact limit, on a
/// code form keyed by the number (<see cref="ConfirmPages.NumberCodePageAsync"/>) saying when a new one can be asked for.
/// A number that replied STOP shows the form again (409) with the way back on the number's field (START), having sent
/// nothing (<see cref="StoppedNumbers"/>).
/// </summary>
public sealed class SignUpPageFunction(
    PageResponder pages, SignUpStart start, TextablePhones phones, ConfirmPages confirmPages, TimeProvider time)
{
    /// <summary>The sign-up form's name (its form token's subject is <see cref="FormTokens.Anyone"/>).</summary>
    public const string FormName = "signup";

    /// <summary>Shows or handles the sign-up form.</summary>
    [Function("SignUpPage")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = "signup")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        PageResponder.UseLanguage(request);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            var embedded = request.Query["embed"] == "1";
            if (request.Query[SignUpSent.Field] == "email")
            {
                // Where a sign-up that sent an email lands (SignUpSent): a reload shows this again and sends nothing.
                // "Send it again" is a form (a resend, limited as one), for the sign-up named: the same page whether or
                // not that sign-up exists, so the id tells nothing until the button is pressed.
                var signUpId = request.Query["signUp"].ToString();
                var resent = request.Query[SignUpSent.Resent] == "1";
                // Trial r38 #2: a link that did not go out is said so, with the button that sends it now (nothing retries it).
                var (failed, _, unnamed) = SignUpSent.NotSentOf(request.Query);
                var detail = unnamed ? PageStrings.NotSentMessage : SignUpIds.IsWellFormed(signUpId) && !failed ? PageStrings.CheckEmailSendAgainHint : null;
                var (title, message) = failed && SignUpIds.IsWellFormed(signUpId)
                    ? (PageStrings.EmailNotSentTitle, string.Format(CultureInfo.CurrentCulture, PageStrings.EmailLinkNotSent, PageStrings.SendItAgainButton))
                    : resent ? (PageStrings.NewLinkSentTitle, ResentWords.Message(email: true, sms: false)) : (PageStrings.CheckEmailTitle, PageStrings.CheckEmailMessage);
                return SignUpIds.IsWellFormed(signUpId)
                    ? await pages.MessageAsync(title, message,
                        detail: detail, embed: embedded, action: "/confirm", button: PageStrings.SendItAgainButton,
                        hidden: pages.Hidden(ConfirmPages.FormName, signUpId, [("signUp", signUpId), ("step", "resend"), ResendChannel.Link, .. embedded ? [("embed", "1")] : Array.Empty<(string, string)>()]))
                    : await pages.MessageAsync(PageStrings.CheckEmailTitle, PageStrings.CheckEmailMessage, detail: detail, embed: embedded);
            }

            // Issue 16, trial #14: every opening value is kept or said wrong next to its field, never dropped silently. The
            // form is still the page asked for (200): nothing was posted.
            var opening = OpeningQuery.Read(request.Query["topic"].ToString(), request.Query[PageLanguage.Field].ToString(), request.Query["embed"].ToString());
            return await FormAsync(new FormState(opening.Values, opening.Errors), embedded, StatusCodes.Status200OK, opening.Topic);
        }

        var (form, unreadable) = await pages.ReadFormAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }
        PageResponder.UseLanguage(request, form);
        var embed = form["embed"] == "1";
        var fields = form.Keys.Where(k => k is not (FormTokens.FieldName or "embed" or "action")).ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);
        switch (pages.Check(request, form, FormName, FormTokens.Anyone))
        {
            case FormRefusal.SandboxedFrame when embed:
                // A frame sandboxed without allow-same-origin posts Origin: null, every time (audit s45 gap 2). Accepting it
                // with a valid form token is not safe: a sign-up token is anyone's for a GET, and Origin: null is what any
                // site's own sandboxed form sends, so the origin check would be gone for this form. The page says instead
                // what the newsroom must change, and offers our own page (whole window, the opening topic kept).
                return await pages.MessageAsync(PageStrings.ForbiddenTitle, PageStrings.EmbedSandboxedMessage, StatusCodes.Status403Forbidden, embed: true,
                    linkTo: new Uri(OwnPage(fields), UriKind.Relative), linkText: PageStrings.SignUpOnOurPage, toTop: true);
            case FormRefusal.Origin or FormRefusal.SandboxedFrame:
                return await pages.MessageAsync(PageStrings.ForbiddenTitle, PageStrings.ForbiddenMessage, StatusCodes.Status403Forbidden, embed: embed);
            case FormRefusal.Token:
                // Open too long (or a token not ours) from our own origin: the form again with what was typed and a fresh
                // token (audit s45 gap 8: the 403 page lost it all). Nothing was read or sent.
                return await FormAsync(new FormState(fields, []), embed, StatusCodes.Status403Forbidden, notices: [PageStrings.FormExpiredKeptMessage]);
        }

        var builderErrors = TopicBuilderFields.Errors(fields);
        var preview = form[TopicBuilderFields.ActionField] == TopicBuilderFields.PreviewAction;
        if (preview && builderErrors.Count == 0)
        {
            // The builder's "show my topics" (no script): the same form with each row's topic written out, nothing sent,
            // saying so (trial r37 #1).
            return await FormAsync(new FormState(TopicBuilderFields.AsPreviewed(fields), []), embed, StatusCodes.Status200OK);
        }

        var parsed = SubscriberRequestParser.ParseSignUp(JsonSerializer.SerializeToElement<JsonNode>(FormFields.SignUp(fields)), phones);
        var languagesError = ReadLanguages.Error(fields.GetValueOrDefault(ReadLanguages.Field), null);
        if (builderErrors.Count > 0 || !parsed.IsValid || languagesError is not null)
        {
            var errors = parsed.IsValid ? [] : FormFields.Errors(parsed.Errors, FormFields.TopicLines(fields.GetValueOrDefault("topics")), TopicBuilderFields.Rows(fields));
            // Every wrong field in one answer (trial r43 #8: a builder row's error came alone, the address's and the
            // number's only on the next submit). A row the builder refuses is its own error, not also the parser's about
            // the topics it would make; "show my topics" with a wrong row shows the builder's errors alone (nothing was
            // submitted); a tampered box's one error, not also the parser's about the same value.
            var shown = preview ? builderErrors : TopicBuilderFields.WithBuilderErrors(errors, builderErrors, fields);
            return await FormAsync(new FormState(fields, languagesError is null ? [.. shown] : [.. shown.Where(e => e.Field != ReadLanguages.Field), languagesError]), embed, StatusCodes.Status400BadRequest);
        }

        var (limited, started, notSent) = await start.RunAsync(request, parsed.Value!, cancellationToken);

        if (limited is not null || started is null)
        {
            // Signed up again too often for this contact while its code page was closed: a code held can still be
            // entered, with when a new one can be asked for. The form is keyed by the number typed, not by a waiting
            // sign-up, and shown whether or not one waits, so it tells no more than the per-contact refusal itself. It says
            // that the choices just made were not saved (trial r36 #1: the old code confirmed the earlier topics, unsaid).
            if (limited?.Refusal.Limit == SignUpLimits.Contact && parsed.Value!.Phone is { } phone)
            {
                return limited.WithPage(await confirmPages.NumberCodePageAsync(
                    phone, parsed.Value.Email, [WaitWords.CodeLater(limited.Refusal.RetryAfterSeconds), PageStrings.CodeLimitChoicesNotSaved], null, StatusCodes.Status429TooManyRequests, embed));
            }

            // Too many links to this address: a subscriber's way to add topics is the preferences, whose link is counted
            // apart (trial r36 #13: the page offered only the sign-up page again).
            if (limited?.Refusal.Limit == SignUpLimits.Contact)
            {
                return await pages.TooManyAsync(limited, embed, new Uri("/manage/link", UriKind.Relative), PageStrings.ManageLinkOffer);
            }

            // Any other limit (this client's, a number prefix's): the form again, as typed, with a fresh token and the wait
            // above it (audit s45 gap 8, trial 3: the 429 page lost the topics and, embedded, led out of the frame).
            // A limit on numbers only (the prefix's, the day's texts) holds back the number, not an address given with it:
            // the page says the address alone can sign up now (trial s45 #4).
            var (message, seconds) = PageResponder.LimitMessage(limited);
            var numberOnly = limited?.Refusal.Limit is SignUpLimits.Prefix or SignUpLimits.SmsBudget && parsed.Value!.Email is not null;
            return new RetryAfterResult(seconds, await FormAsync(
                new FormState(fields, []), embed, StatusCodes.Status429TooManyRequests,
                notices: numberOnly ? [message, PageStrings.TypedKeptNotice, PageStrings.EmailAloneOffer] : [message, PageStrings.TypedKeptNotice]));
        }

        var pending = started.SignUp.PendingChannels;
        // A repeat whose code was spent gets a new code alone (trial s42 A): its page says so, and that the link still works.
        var codeAlone = started.EmailConfirmationToken is null && (started.SmsCode is not null || started.SmsCodeWithheld) && pending.Contains("email");
        // The converse (issue 16): a repeat whose link was spent gets a new link alone while the code held still works.
        var linkAlone = started.EmailConfirmationToken is not null && started.SmsCode is null && !started.SmsCodeWithheld && pending.Contains("sms") && !notSent.Contains("sms");
        return EditorGate.SeeOther(request.HttpContext.Response, codeAlone
            ? SignUpSent.Location(started.SignUp.Id, email: false, sms: true, notSent, embed, PageCulture.Language, resent: true, linkKept: true)
            : linkAlone
            ? SignUpSent.Location(started.SignUp.Id, email: true, sms: true, notSent, embed, PageCulture.Language, resent: true, codeKept: true)
            : SignUpSent.Location(started.SignUp.Id, pending.Contains("email"), pending.Contains("sms"), notSent, embed, PageCulture.Language));
    }

    // Our own sign-up page for a person whose embedded form cannot be sent: the topics typed become its opening topic.
    private static string OwnPage(IReadOnlyDictionary<string, string> fields) =>
        FormFields.TopicLines(fields.GetValueOrDefault("topics")).Select(l => l.Text).FirstOrDefault(t => t.Length > 0) is { } topic
            ? "/signup?topic=" + Uri.EscapeDataString(topic)
            : "/signup";

    private Task<IActionResult> FormAsync(FormState state, bool embed, int status, string? topic = null, IReadOnlyList<string>? notices = null) =>
        pages.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = state,
            [nameof(SignUpPage.Notices)] = notices ?? [],
            // The embedded form has no language field: the subscription takes the page's language.
            [nameof(SignUpPage.Hidden)] = embed
                ? pages.Hidden(FormName, FormTokens.Anyone, ("embed", "1"), ("language", PageCulture.Language))
                : pages.Hidden(FormName, FormTokens.Anyone),
            [nameof(SignUpPage.Embed)] = embed,
            [nameof(SignUpPage.Topic)] = topic,
            [nameof(SignUpPage.PhoneHint)] = PhoneHints.For(phones.AllowedCountries),
            [nameof(SignUpPage.Now)] = time.GetUtcNow(),
        }, status, embed);

}
