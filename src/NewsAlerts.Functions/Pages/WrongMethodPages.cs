namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Pages.Forms;

/// <summary>
/// The answer to a browser (<see cref="PageResponder.WantsPage"/>) that asks a page route with a method it does not
/// take, such as <c>GET /editor/preview</c> from the address bar, history or a restored tab (trial r43 #14: raw
/// problem+json with no way back): a page in the page's language saying nothing was done, with the way back (the
/// console for an editor's route, the sign-up page otherwise); <c>GET /editor/sign-out</c> asks "sign out?" with the
/// sign-out button. API routes (<c>/api/…</c>) and clients that do not ask for HTML keep problem+json.
/// </summary>
public static class WrongMethodPages
{
    /// <summary>Whether <paramref name="path"/> is a page's (not under <c>/api/</c>, nor the host's own <c>/admin</c>).</summary>
    public static bool IsPagePath(PathString path) =>
        !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/runtime", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The page for <paramref name="request"/> answered <paramref name="status"/> by the router: 405 (a method the route
    /// does not take; the router's <c>Allow</c> header stays) or 404 (no route; the not-found page, leading back to the
    /// console under <c>/editor/</c>); null when it is not a browser asking a page route, or another status (then
    /// problem+json stays the answer).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<IActionResult?> AnswerAsync(PageResponder pages, HttpRequest request, int status = StatusCodes.Status405MethodNotAllowed)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(request);
        if (!IsPagePath(request.Path) || !PageResponder.WantsPage(request) || status is not (StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed))
        {
            return null;
        }

        PageResponder.UseLanguage(request);
        if (status == StatusCodes.Status404NotFound)
        {
            return request.Path.StartsWithSegments("/editor", StringComparison.OrdinalIgnoreCase)
                ? await pages.EditorMessageAsync(PageStrings.NotFoundTitle, PageStrings.NotFoundMessage, status,
                    linkTo: new Uri("/editor", UriKind.Relative), linkText: ConsoleStrings.BackToConsole)
                : await pages.MessageAsync(PageStrings.NotFoundTitle, PageStrings.NotFoundMessage, status,
                    linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.NotFoundLink);
        }

        if (!request.Path.StartsWithSegments("/editor", StringComparison.OrdinalIgnoreCase))
        {
            return await pages.MessageAsync(PageStrings.WrongMethodTitle, PageStrings.WrongMethodMessage, StatusCodes.Status405MethodNotAllowed,
                linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.BackToSignUp);
        }

        // Sign-out is a form (a link could sign anyone out); the address opened in a browser asks first.
        return request.Path.Equals("/editor/sign-out", StringComparison.OrdinalIgnoreCase)
            ? await pages.EditorMessageAsync(EditorStrings.SignOutAskTitle, EditorStrings.SignOutAskMessage, StatusCodes.Status405MethodNotAllowed,
                action: "/editor/sign-out", button: EditorStrings.SignOutButton, hidden: pages.Hidden(EditorSignInFunction.SignOutForm, FormTokens.Anyone),
                linkTo: new Uri("/editor", UriKind.Relative), linkText: ConsoleStrings.BackToConsole)
            : await pages.EditorMessageAsync(EditorStrings.WrongMethodTitle, EditorStrings.WrongMethodMessage, StatusCodes.Status405MethodNotAllowed,
                linkTo: new Uri("/editor", UriKind.Relative), linkText: ConsoleStrings.BackToConsole);
    }
}
