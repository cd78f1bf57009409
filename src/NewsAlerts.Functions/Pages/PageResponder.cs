namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Functions.Http;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Forms;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Messages;
using NewsAlerts.Pages.Topics;

/// <summary>
/// What every page function shares: rendering a component into a <see cref="PageResult"/> with the right policy,
/// issuing form tokens, and refusing a form POST (403, as a page) without a valid form token or from an origin outside
/// <c>Pages:AllowedOrigins</c> and the app's own (<c>Alerts:PublicBaseUrl</c>).
/// </summary>
public sealed class PageResponder
{
    private readonly PageRenderer renderer;
    private readonly FormTokens forms;
    private readonly IReadOnlyList<string> allowedOrigins;
    private readonly IReadOnlyList<string> embedOrigins;

    /// <summary>Creates the responder from the settings.</summary>
    public PageResponder(PageRenderer renderer, FormTokens forms, IOptions<PageOptions> options, IOptions<AlertsOptions> alerts)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(alerts);
        this.renderer = renderer;
        this.forms = forms;
        var own = Origins.Of(alerts.Value.PublicBaseUrl?.AbsoluteUri);
        allowedOrigins = [.. Origins.Parse(options.Value.AllowedOrigins, out _), .. own is null ? [] : new[] { own }];
        embedOrigins = Origins.Parse(options.Value.EmbedOrigins, out _);
    }

    /// <summary>The form tokens.</summary>
    public FormTokens Forms => forms;

    /// <summary>
    /// Renders <typeparamref name="TComponent"/>; an <paramref name="embed"/> page may be framed by the embed origins; a
    /// <paramref name="framesSelf"/> page may frame this app's pages.
    /// </summary>
    public async Task<IActionResult> RenderAsync<TComponent>(
        IDictionary<string, object?> parameters, int status = StatusCodes.Status200OK, bool embed = false, bool framesSelf = false)
        where TComponent : IComponent
    {
        var html = await renderer.RenderAsync<TComponent>(parameters);
        return new PageResult(html, status, ContentSecurity.For(embed ? embedOrigins : [], framesSelf), PageCulture.Language);
    }

    /// <summary>
    /// A page with a message and, when <paramref name="action"/> is given, one button posting <paramref name="hidden"/> to
    /// it; when <paramref name="linkTo"/> is given (http or https only), a link on reading <paramref name="linkText"/>.
    /// With <paramref name="toTop"/> the button's answer opens in the whole window (an embedded page leading to one that may not be framed).
    /// </summary>
    public Task<IActionResult> MessageAsync(
        string title, string message, int status = StatusCodes.Status200OK, string? action = null, string? button = null,
        IReadOnlyList<KeyValuePair<string, string>>? hidden = null, string? detail = null, bool embed = false, Uri? linkTo = null, string? linkText = null,
        bool toTop = false, IReadOnlyList<TopicNote>? notes = null, string? matched = null) =>
        MessageAsync(title, message, status, action, button, hidden, detail, embed, linkTo, linkText, toTop, editor: false, notes, matched);

    /// <summary>A message on an editor's page (the editors' footer); otherwise as <see cref="MessageAsync(string, string, int, string?, string?, IReadOnlyList{KeyValuePair{string, string}}?, string?, bool, Uri?, string?, bool, IReadOnlyList{TopicNote}?)"/>.</summary>
    public Task<IActionResult> EditorMessageAsync(
        string title, string message, int status = StatusCodes.Status200OK, string? action = null, string? button = null,
        IReadOnlyList<KeyValuePair<string, string>>? hidden = null, string? detail = null, Uri? linkTo = null, string? linkText = null) =>
        MessageAsync(title, message, status, action, button, hidden, detail, embed: false, linkTo, linkText, toTop: false, editor: true, notes: null, matched: null);

    private Task<IActionResult> MessageAsync(
        string title, string message, int status, string? action, string? button, IReadOnlyList<KeyValuePair<string, string>>? hidden, string? detail, bool embed,
        Uri? linkTo, string? linkText, bool toTop, bool editor, IReadOnlyList<TopicNote>? notes, string? matched) =>
        RenderAsync<MessagePage>(new Dictionary<string, object?>
        {
            [nameof(MessagePage.Title)] = title,
            [nameof(MessagePage.Message)] = message,
            [nameof(MessagePage.Detail)] = detail,
            [nameof(MessagePage.LinkTo)] = linkTo,
            [nameof(MessagePage.LinkText)] = linkText,
            [nameof(MessagePage.Action)] = action,
            [nameof(MessagePage.Button)] = button ?? PageStrings.ConfirmButton,
            [nameof(MessagePage.Hidden)] = hidden ?? [],
            [nameof(MessagePage.Embed)] = embed,
            [nameof(MessagePage.ToTop)] = toTop,
            [nameof(MessagePage.Editor)] = editor,
            [nameof(MessagePage.Notes)] = notes ?? [],
            [nameof(MessagePage.Matched)] = matched,
        }, status, embed);

    /// <summary>
    /// The 429 page for <paramref name="refused"/> (null: a minute): a title fitting the wait and how long to wait in plain
    /// words, from its <c>Retry-After</c> seconds (<see cref="WaitWords"/>), and a way back to where the person came from:
    /// <paramref name="backTo"/> reading <paramref name="backText"/> (default: the sign-up page), or, when
    /// <paramref name="backAction"/> is given, a button posting <paramref name="backHidden"/> there (a page whose link
    /// would carry a token); with <paramref name="also"/>, a second link (a path of this app) after the first, such as the
    /// way to the preferences for a person already subscribed. <c>Retry-After</c> carries the same wait.
    /// </summary>
    public async Task<IActionResult> TooManyAsync(
        RateLimitedResult? refused, bool embed = false, Uri? backTo = null, string? backText = null, string? backAction = null,
        IReadOnlyList<KeyValuePair<string, string>>? backHidden = null, (Uri Link, string Text)? also = null)
    {
        var seconds = refused?.Refusal.RetryAfterSeconds ?? 60;
        var message = refused is null ? LimitWords.Message(null, seconds) : LimitWords.Message(refused.Refusal.Limit, seconds, refused.Action);
        var page = backAction is not null
            ? await MessageAsync(WaitWords.Title(seconds), message, StatusCodes.Status429TooManyRequests, embed: embed,
                action: backAction, button: backText, hidden: backHidden)
            : await RenderAsync<MessagePage>(new Dictionary<string, object?>
            {
                [nameof(MessagePage.Title)] = WaitWords.Title(seconds),
                [nameof(MessagePage.Message)] = message,
                // Embedded, the way back is the embedded sign-up (the plain one refuses framing: audit s45 gap 1).
                [nameof(MessagePage.LinkTo)] = backTo ?? new Uri(embed ? "/signup?embed=1" : "/signup", UriKind.Relative),
                [nameof(MessagePage.LinkText)] = backText ?? PageStrings.BackToSignUp,
                [nameof(MessagePage.AlsoLinkTo)] = also?.Link,
                [nameof(MessagePage.AlsoLinkText)] = also?.Text,
                [nameof(MessagePage.Embed)] = embed,
            }, StatusCodes.Status429TooManyRequests, embed);
        return new RetryAfterResult(seconds, page);
    }

    /// <summary>
    /// The words of the 429 for <paramref name="refused"/> (null: a minute) and its wait in seconds, for a page that shows
    /// them above its own form kept as typed rather than as a page of their own (<see cref="TooManyAsync"/>).
    /// </summary>
    public static (string Message, int Seconds) LimitMessage(RateLimitedResult? refused)
    {
        var seconds = refused?.Refusal.RetryAfterSeconds ?? 60;
        return (refused is null ? LimitWords.Message(null, seconds) : LimitWords.Message(refused.Refusal.Limit, seconds, refused.Action), seconds);
    }

    /// <summary>
    /// Why a posted form is refused before it is read: <see cref="FormRefusal.None"/> when it may be handled; its origin
    /// (<see cref="FormRefusal.Origin"/>, or <see cref="FormRefusal.SandboxedFrame"/> for <c>Origin: null</c>, what a
    /// frame sandboxed without <c>allow-same-origin</c> sends, and nothing the person can fix); else its form token for
    /// <paramref name="form"/> about <paramref name="subject"/> (<see cref="FormRefusal.Token"/>: expired or forged).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FormRefusal Check(HttpRequest request, IFormCollection posted, string form, string subject)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(posted);
        var origin = request.Headers.Origin.ToString();
        return !Origins.MayPost(origin, request.Headers.Referer.ToString(), request.Headers["Sec-Fetch-Site"].ToString(), allowedOrigins)
            ? origin == "null" ? FormRefusal.SandboxedFrame : FormRefusal.Origin
            : forms.Verify(posted[FormTokens.FieldName].ToString(), form, subject) ? FormRefusal.None : FormRefusal.Token;
    }

    /// <summary>
    /// The hidden fields of a form: its form token for <paramref name="form"/> about <paramref name="subject"/>, then
    /// <paramref name="more"/>, then the page's language (<see cref="PageLanguage.Field"/>), so the answer to the form is
    /// written in the language of the page that sent it.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Hidden(string form, string subject, params (string Name, string Value)[] more) =>
        [new(FormTokens.FieldName, forms.Issue(form, subject)), .. more.Select(m => new KeyValuePair<string, string>(m.Name, m.Value)),
            new(PageLanguage.Field, PageCulture.Language)];

    /// <summary>
    /// Makes the language of a page without a subscriber the request's (<see cref="PageLanguage.ForVisitor"/>): the posted
    /// <paramref name="form"/>'s <c>lang</c>, else the query's, else the best match of <c>Accept-Language</c>, else English.
    /// Call it in the function's own method (the culture flows down its awaits, not back up from a callee's).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static void UseLanguage(HttpRequest request, IFormCollection? form = null) => UseLanguage(request, form, null);

    /// <summary>
    /// Makes the page's language the request's by the one rule of every page (<see cref="PageLanguage.ForPage"/>): the
    /// posted <paramref name="form"/>'s <c>lang</c>, else the query's, else <paramref name="subscriberLanguage"/> (the
    /// stored language of the sign-up or subscriber the link names; null when none is known), else
    /// <c>Accept-Language</c>, else English. Synchronous, so the culture it sets stays the caller's.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static void UseLanguage(HttpRequest request, IFormCollection? form, string? subscriberLanguage)
    {
        ArgumentNullException.ThrowIfNull(request);
        var chosen = form?[PageLanguage.Field].ToString() is { Length: > 0 } posted ? posted : request.Query[PageLanguage.Field].ToString();
        PageCulture.Use(PageLanguage.ForPage(
            chosen, subscriberLanguage is null ? null : PageLanguage.ForSubscriber(subscriberLanguage), request.Headers.AcceptLanguage.ToString()));
    }

    /// <summary>
    /// Whether the request chose its page's language itself (<c>lang</c> posted or in the query): then no record needs
    /// reading for it (<see cref="UseLanguage(HttpRequest, IFormCollection?, string?)"/>).
    /// </summary>
    public static bool ChoseLanguage(HttpRequest request, IFormCollection? form = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return form?[PageLanguage.Field].ToString() is { Length: > 0 } || request.Query[PageLanguage.Field].ToString() is { Length: > 0 };
    }

    /// <summary>
    /// The 403 page when a posted form's origin is not allowed or its token is not valid for <paramref name="form"/>
    /// about <paramref name="subject"/>; null when it may be handled.
    /// </summary>
    /// <param name="editorBack">For a console form: the console page to go back to (the refusal is an editor page with a link to it: trial r37, an expired preview left the editor on a subscriber page with no way back).</param>
    public async Task<IActionResult?> RefuseAsync(HttpRequest request, IFormCollection posted, string form, string subject, bool embed = false, string? editorBack = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(posted);
        var fromAllowedOrigin = Origins.MayPost(request.Headers.Origin.ToString(), request.Headers.Referer.ToString(), request.Headers["Sec-Fetch-Site"].ToString(), allowedOrigins);
        return fromAllowedOrigin && forms.Verify(posted[FormTokens.FieldName].ToString(), form, subject)
            ? null
            : editorBack is not null
                ? await EditorMessageAsync(PageStrings.ForbiddenTitle, NewsAlerts.Pages.Editor.ConsoleStrings.FormExpiredMessage, StatusCodes.Status403Forbidden,
                    linkTo: new Uri(editorBack, UriKind.Relative), linkText: NewsAlerts.Pages.Editor.ConsoleStrings.FormExpiredLink)
                : await MessageAsync(PageStrings.ForbiddenTitle, PageStrings.ForbiddenMessage, StatusCodes.Status403Forbidden, embed: embed);
    }

    /// <summary>
    /// Whether the client asks for a page (its <c>Accept</c> names <c>text/html</c>: a browser opening a link from a
    /// message) rather than problem+json (an API client).
    /// </summary>
    public static bool WantsPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The posted form (empty when the body is not a form); when the form reader refuses the body (a byte sequence that
    /// is not UTF-8, a NUL or control byte it rejects, a field or key over its length limits, too many fields: the
    /// exceptions <see cref="RequestFailures.ProblemFor"/> names), no form and a 400 page in words instead of the
    /// API's problem+json: a person posted a page form. A field given more than once that a form gives once
    /// (<see cref="PostedFields"/>, the one rule of every page form) is refused alike, the page naming it ("was given more
    /// than once"), in the posted form's language. <paramref name="editor"/>: with the editors' footer.
    /// </summary>
    public async Task<(IFormCollection Form, IActionResult? Unreadable)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken, bool editor = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        IFormCollection form;
        try
        {
            form = await FormOfAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && RequestFailures.ProblemFor(ex) is not null)
        {
            return (FormCollection.Empty, await UnreadableAsync(request, PageStrings.FormUnreadableMessage, editor));
        }

        if (PostedFields.GivenTwice(form.Select(f => (f.Key, f.Value.Count))) is { Count: > 0 } twice)
        {
            if (!editor)
            {
                UseLanguage(request, form);
            }

            return (FormCollection.Empty, await UnreadableAsync(request, PostedFields.Message(twice), editor));
        }

        return (form, null);
    }

    // The 400 page of a form that cannot be read as sent, saying why, with the way back.
    private Task<IActionResult> UnreadableAsync(HttpRequest request, string message, bool editor) => editor
        ? EditorMessageAsync(PageStrings.FormUnreadableTitle, message, StatusCodes.Status400BadRequest,
            linkTo: new Uri("/editor", UriKind.Relative), linkText: NewsAlerts.Pages.Editor.EditorStrings.BackToConsole)
        : MessageAsync(PageStrings.FormUnreadableTitle, message, StatusCodes.Status400BadRequest,
            embed: request.Query["embed"] == "1", linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.BackToSignUp);

    /// <summary>The posted form, or an empty one when the body is not a form.</summary>
    public static async Task<IFormCollection> FormOfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
    }
}
