namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Functions.Http;
using NewsAlerts.Pages;

/// <summary>
/// Answers 404 for a path outside <c>api/</c> that no function serves (<c>/nope</c>, <c>/about/us</c>: any path
/// whose first segment is not served): a friendly page for a browser (<c>Accept: text/html</c>), problem+json for
/// anything else, instead of the platform's plain 404.
/// </summary>
/// <remarks>
/// As for <see cref="RouteNotFoundFunction"/>, the Functions host tries routes in registration order, so this route
/// only matches first segments that no real route starts with (<see cref="ServedRootSegments"/>; a test checks the list
/// against every <c>[HttpTrigger]</c> route). It also leaves <c>admin</c> and <c>runtime</c> alone: with an empty route
/// prefix a catch-all would otherwise take the host's own admin API and extension webhooks
/// (azure-functions-host issues 2590 and 6990).
/// </remarks>
public sealed class PageNotFoundFunction(PageResponder pages)
{
    /// <summary>First segments this function leaves alone: the real routes' and the host's own.</summary>
    public const string ServedRootSegments = "admin|api|assets|confirm|editor|manage|runtime|signup|unsubscribe";

    /// <summary>The route: any path whose first segment is not served.</summary>
    public const string Route = "{segment:regex(^(?!(" + ServedRootSegments + ")$))}/{*rest}";

    /// <summary>Answers 404.</summary>
    [Function("PageNotFound")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", "options", Route = Route)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        PageResponder.UseLanguage(request);
        return PageResponder.WantsPage(request)
            ? await pages.MessageAsync(PageStrings.NotFoundTitle, PageStrings.NotFoundMessage, StatusCodes.Status404NotFound,
                linkTo: new Uri("/signup", UriKind.Relative), linkText: PageStrings.NotFoundLink)
            : RouteNotFoundFunction.NotFound(request.Path);
    }
}
