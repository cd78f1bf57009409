namespace NewsAlerts.Functions.Editors;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Pages.Forms;

/// <summary>
/// <c>/editor/sign-in</c> and <c>/editor/sign-out</c>. With <c>Editor:DevSignIn</c> (local only) the page takes a name and
/// the editor key (<see cref="IDevSignInKeys"/>) posted with a form token from this app's origin, sets the session cookie
/// (<see cref="EditorSessions"/>) and sends the browser back (303) to the <c>/editor</c> path in <c>returnTo</c>; with Entra ID
/// configured too it links to the sign-in with Microsoft (<c>?with=microsoft</c>). Otherwise: with the platform's
/// authentication it sends the browser to <c>/.auth/login/aad</c>; with Entra ID (<c>Editor:TenantId</c>,
/// <c>Editor:ClientId</c>) to Microsoft's sign-in (<see cref="MicrosoftSignIn"/>); with neither it says sign-in is not set up.
/// </summary>
public sealed class EditorSignInFunction(
    PageResponder pages, EditorSessions sessions, IOptions<EditorOptions> options, IEnumerable<IDevSignInKeys> keys, MicrosoftSignIn microsoft)
{
    /// <summary>The form name of the sign-in form (subject: anyone).</summary>
    public const string SignInForm = "editor-sign-in";

    /// <summary>The form name of the sign-out form (subject: anyone).</summary>
    public const string SignOutForm = "editor-sign-out";

    /// <summary>Shows the sign-in page or signs in.</summary>
    [Function("EditorSignIn")]
    public async Task<IActionResult> SignInAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "editor/sign-in")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (HttpMethods.IsGet(request.Method))
        {
            var returnTo = ReturnTo(request.Query["returnTo"].ToString());
            if (settings.DevSignIn && request.Query["with"] != "microsoft")
            {
                return await ShowAsync(returnTo, null, null, null, StatusCodes.Status200OK);
            }

            return request.Query["with"] == "microsoft" && microsoft.Enabled
                ? await WithMicrosoftAsync(request, returnTo, cancellationToken)
                : await ElsewhereAsync(request, returnTo, cancellationToken);
        }

        if (!settings.DevSignIn)
        {
            return await ElsewhereAsync(request, "/editor", cancellationToken);
        }

        var (form, unreadable) = await pages.ReadFormAsync(request, cancellationToken, editor: true);
        if (unreadable is not null)
        {
            return unreadable;
        }
        if (await pages.RefuseAsync(request, form, SignInForm, FormTokens.Anyone) is { } refused)
        {
            return refused;
        }

        // The free-text check of every way in (FreeText.Field; trial r36 #3: a name with U+202E signed in and spoofed audit rows).
        var typed = form["name"].ToString();
        var (_, nameRefused) = FreeText.Field(typed, int.MaxValue, lineBreaks: false);
        var name = EditorSessions.Clean(typed);
        var key = form["key"].ToString();
        var target = ReturnTo(form["returnTo"].ToString());
        var keyAccepted = key.Length > 0 && keys.Any(k => k.Accepts(key));
        var nameError = name.Length == 0 ? EditorStrings.NameMissing : nameRefused is null ? null : ConsoleWords.ArticleError("name", nameRefused, pasted: false);
        if (nameError is not null || !keyAccepted)
        {
            return await ShowAsync(
                target, name, nameError, keyAccepted ? null : EditorStrings.KeyWrong,
                keyAccepted ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden);
        }

        sessions.SignIn(request.HttpContext.Response, name);
        return EditorGate.SeeOther(request.HttpContext.Response, target);
    }

    /// <summary>
    /// Signs out: clears the session cookie (a form posted with a form token from this app's origin) and answers "Signed
    /// out" with a link to sign in again (trial s45 #8: the page was a dead end).
    /// </summary>
    [Function("EditorSignOut")]
    public async Task<IActionResult> SignOutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "editor/sign-out")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (form, unreadable) = await pages.ReadFormAsync(request, cancellationToken, editor: true);
        if (unreadable is not null)
        {
            return unreadable;
        }
        if (await pages.RefuseAsync(request, form, SignOutForm, FormTokens.Anyone) is { } refused)
        {
            return refused;
        }

        sessions.SignOut(request.HttpContext.Response);
        return await pages.EditorMessageAsync(
            EditorStrings.SignedOutTitle, EditorStrings.SignedOutMessage, detail: microsoft.Enabled ? EditorStrings.SignedOutMicrosoftDetail : null,
            linkTo: new Uri(EditorGate.SignInPath, UriKind.Relative), linkText: EditorStrings.SignInAgainLink);
    }

    private Task<IActionResult> ShowAsync(string returnTo, string? name, string? nameError, string? keyError, int status) =>
        pages.RenderAsync<EditorSignInPage>(new Dictionary<string, object?>
        {
            [nameof(EditorSignInPage.Hidden)] = pages.Hidden(SignInForm, FormTokens.Anyone, ("returnTo", returnTo)),
            [nameof(EditorSignInPage.Name)] = name,
            [nameof(EditorSignInPage.MicrosoftLink)] = microsoft.Enabled ? $"{EditorGate.SignInPath}?with=microsoft&returnTo={Uri.EscapeDataString(returnTo)}" : null,
            [nameof(EditorSignInPage.NameError)] = nameError,
            [nameof(EditorSignInPage.KeyError)] = keyError,
        }, status);

    private async Task<IActionResult> ElsewhereAsync(HttpRequest request, string returnTo, CancellationToken cancellationToken)
    {
        if (options.Value.PlatformAuth)
        {
            return EditorGate.SeeOther(request.HttpContext.Response, $"/.auth/login/aad?post_login_redirect_uri={Uri.EscapeDataString(returnTo)}");
        }

        return microsoft.Enabled
            ? await WithMicrosoftAsync(request, returnTo, cancellationToken)
            : await pages.EditorMessageAsync(EditorStrings.SignInNotHereTitle, EditorStrings.SignInNotHereMessage, StatusCodes.Status404NotFound, detail: EditorStrings.SignInNotHereDetail);
    }

    private async Task<IActionResult> WithMicrosoftAsync(HttpRequest request, string returnTo, CancellationToken cancellationToken) =>
        await microsoft.StartAsync(request, returnTo, cancellationToken) is { } authorize
            ? EditorGate.SeeOther(request.HttpContext.Response, authorize.AbsoluteUri)
            : await pages.EditorMessageAsync(EditorStrings.MicrosoftUnavailableTitle, EditorStrings.MicrosoftUnavailableMessage, StatusCodes.Status503ServiceUnavailable);

    private static string ReturnTo(string? posted) => EditorGate.IsReturnPath(posted) ? posted! : "/editor";
}
