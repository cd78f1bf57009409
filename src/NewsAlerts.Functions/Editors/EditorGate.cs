namespace NewsAlerts.Functions.Editors;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages.Editor;

/// <summary>
/// The one gate in front of every <c>/editor</c> page and action and the console's JSON calls: who the editor is, or a
/// refusal. Sources, in order: (1) the platform's <c>X-MS-CLIENT-PRINCIPAL</c>, only when <c>Editor:PlatformAuth</c> says
/// the platform's authentication is on (otherwise anyone could send it); (2) an Entra ID access token
/// (<c>Authorization: Bearer</c>, <see cref="EditorTokens"/>); (3) the session cookie: of the development sign-in only when
/// <c>Editor:DevSignIn</c> is on, of the sign-in with Microsoft (<see cref="MicrosoftSignIn"/>) only when Entra ID is
/// configured. Each needs the app role <c>Editor</c> (the development sign-in needed the function key).
/// A subscriber's manage or form token or the function key never makes an editor (403); nothing at all asks to sign in.
/// </summary>
public sealed class EditorGate(IOptions<EditorOptions> options, EditorTokens tokens, EditorSessions sessions, PageResponder pages)
{
    /// <summary>The development sign-in page.</summary>
    public const string SignInPath = "/editor/sign-in";

    /// <summary>Who the editor of <paramref name="request"/> is, or why there is none. Reads a posted form (it stays readable).</summary>
    public async Task<EditorCheck> CheckAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (settings.PlatformAuth && request.Headers.TryGetValue(ClientPrincipal.Header, out var header))
        {
            return ClientPrincipal.Parse(header.ToString()) switch
            {
                null => EditorCheck.Refused(EditorRefusal.NotAnEditor, "the platform's principal could not be read."),
                { } p when !p.HasRole(EditorOptions.Role) => EditorCheck.Refused(EditorRefusal.NotAnEditor, $"you do not hold the app role '{EditorOptions.Role}'."),
                { } p => EditorCheck.Of(new Editor(p.Id ?? p.Name ?? "unknown", p.Name ?? p.Id ?? "unknown", EditorSource.Platform)),
            };
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var bearer = authorization["Bearer ".Length..].Trim();
            return bearer.Count(c => c == '.') == 2
                ? await tokens.ValidateAsync(bearer, cancellationToken)
                : EditorCheck.Refused(EditorRefusal.NotAnEditor, "only an editor's access token opens the editor console.");
        }

        if (sessions.Read(request) is { } signedIn && SessionAccepted(signedIn.Source, settings))
        {
            return EditorCheck.Of(signedIn);
        }

        return await CarriesOtherCredentialsAsync(request, cancellationToken)
            ? EditorCheck.Refused(EditorRefusal.NotAnEditor, "a subscriber's link, a form token or the function key does not open the editor console.")
            : EditorCheck.Refused(EditorRefusal.SignInNeeded, "sign in as an editor.");
    }

    /// <summary>
    /// For an <c>/editor</c> page or form: the editor, or the answer to give: a redirect (303) to the sign-in page, which
    /// brings the browser back to this path, or a 403 page.
    /// </summary>
    public async Task<EditorAdmission> ForPageAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(request, cancellationToken);
        if (check.Editor is { } editor)
        {
            return new EditorAdmission(editor, null);
        }

        return check.Refusal == EditorRefusal.NotAnEditor
            ? new EditorAdmission(null, await pages.EditorMessageAsync(EditorStrings.NotAnEditorTitle, EditorStrings.NotAnEditorMessage, StatusCodes.Status403Forbidden, detail: check.Reason))
            : new EditorAdmission(null, SeeOther(request.HttpContext.Response, $"{SignInPath}?returnTo={Uri.EscapeDataString(ReturnPath(request))}"));
    }

    /// <summary>
    /// For the console's JSON calls: the editor, or a problem+json answer: 401 with <c>WWW-Authenticate: Bearer</c>
    /// (RFC 6750, <c>error="invalid_token"</c> for a bad token) or 403.
    /// </summary>
    public async Task<EditorAdmission> ForApiAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(request, cancellationToken);
        if (check.Editor is { } editor)
        {
            return new EditorAdmission(editor, null);
        }

        if (check.Refusal == EditorRefusal.NotAnEditor)
        {
            return new EditorAdmission(null, Problems.Of(StatusCodes.Status403Forbidden, "Not an editor", check.Reason ?? "editors only."));
        }

        request.HttpContext.Response.Headers.WWWAuthenticate = check.Refusal == EditorRefusal.InvalidToken ? "Bearer error=\"invalid_token\"" : "Bearer";
        return new EditorAdmission(null, Problems.Of(StatusCodes.Status401Unauthorized, "Sign-in required", check.Reason ?? "sign in as an editor."));
    }

    /// <summary>A 303 See Other to <paramref name="location"/> (a path of this app): after a form post the browser GETs it.</summary>
    public static IActionResult SeeOther(HttpResponse response, string location)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.Location = location;
        response.Headers.CacheControl = "no-store";
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    /// <summary>
    /// Whether <paramref name="path"/> is somewhere the sign-in may send a browser back to: an <c>/editor</c> path of this
    /// app, in printable ASCII only (it goes into a Location header as it is: a control or non-ASCII character there
    /// makes the server refuse the response).
    /// </summary>
    public static bool IsReturnPath(string? path) =>
        path is { Length: > 0 and <= 512 }
        && path.All(c => c is > ' ' and <= '~')
        && (path == "/editor" || path.StartsWith("/editor/", StringComparison.Ordinal) || path.StartsWith("/editor?", StringComparison.Ordinal))
        && !path.Contains("//", StringComparison.Ordinal) && !path.Contains('\\', StringComparison.Ordinal)
        && !path.StartsWith(SignInPath, StringComparison.Ordinal);

    /// <summary>
    /// Whether a session cookie from <paramref name="source"/> counts under <paramref name="settings"/>: a development
    /// sign-in's only while <c>Editor:DevSignIn</c> is on, a Microsoft sign-in's only while Entra ID is configured.
    /// </summary>
    public static bool SessionAccepted(EditorSource source, EditorOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return source switch
        {
            EditorSource.DevSignIn => settings.DevSignIn,
            EditorSource.MicrosoftSignIn => settings.ValidatesTokens,
            _ => false,
        };
    }

    private static string ReturnPath(HttpRequest request)
    {
        var path = $"{request.PathBase}{request.Path}";
        return HttpMethods.IsGet(request.Method) && IsReturnPath(path) ? path : "/editor";
    }

    private static async Task<bool> CarriesOtherCredentialsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.Query.ContainsKey("token") || request.Query.ContainsKey("code") || request.Headers.ContainsKey("x-functions-key"))
        {
            return true;
        }

        if (!request.HasFormContentType)
        {
            return false;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && RequestFailures.ProblemFor(ex) is not null)
        {
            // An unreadable form carries nothing; the page that reads it next answers it in words (the read's failure is kept).
            return false;
        }

        return form.ContainsKey("token") || form.ContainsKey(NewsAlerts.Pages.Forms.FormTokens.FieldName);
    }
}
