namespace NewsAlerts.Functions.Editors;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages.Editor;

/// <summary>
/// <c>/editor/signed-in</c>: where Microsoft posts the answer of the sign-in with Microsoft (<see cref="MicrosoftSignIn"/>).
/// A good answer sets the editor's session cookie (<see cref="EditorSessions"/>, with the object id and name for the
/// audit) and answers a page that moves on to the attempt's <c>/editor</c> path; anything else (no or another browser's
/// attempt, a wrong state, Microsoft's error, an ID token that is expired, for another app, with another nonce or
/// without the role <c>Editor</c>) answers a page saying why, with no session. No form token: Microsoft's post cannot
/// carry one; the state bound to the attempt cookie is what stops a forged post.
/// </summary>
public sealed class EditorSignedInFunction(MicrosoftSignIn microsoft, EditorSessions sessions, PageResponder pages)
{
    /// <summary>Checks the answer and signs in, or says why not.</summary>
    [Function("EditorSignedIn")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "editor/signed-in")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = request.HttpContext.Response;
        response.Headers.CacheControl = "no-store";
        if (!microsoft.Enabled)
        {
            return await pages.EditorMessageAsync(EditorStrings.SignInNotHereTitle, EditorStrings.SignInNotHereMessage, StatusCodes.Status404NotFound, detail: EditorStrings.SignInNotHereDetail);
        }

        var (form, unreadable) = await pages.ReadFormAsync(request, cancellationToken, editor: true);
        if (unreadable is not null)
        {
            return unreadable;
        }
        var (check, returnTo) = await microsoft.CompleteAsync(request, form, cancellationToken);
        if (check.Editor is { } editor)
        {
            sessions.SignIn(response, editor);
            return await pages.RenderAsync<EditorSignedInPage>(new Dictionary<string, object?> { [nameof(EditorSignedInPage.ReturnTo)] = returnTo });
        }

        if (check.Refusal == EditorRefusal.NotAnEditor)
        {
            return await pages.EditorMessageAsync(EditorStrings.NotAnEditorTitle, EditorStrings.NotAnEditorMessage, StatusCodes.Status403Forbidden, detail: check.Reason);
        }

        return await pages.EditorMessageAsync(
            EditorStrings.SignInFailedTitle, check.Reason ?? EditorStrings.SignInExpired, StatusCodes.Status400BadRequest,
            linkTo: microsoft.SignInAgainUri(request, returnTo), linkText: EditorStrings.SignInAgain);
    }
}
