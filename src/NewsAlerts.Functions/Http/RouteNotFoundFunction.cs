namespace NewsAlerts.Functions.Http;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// Answers 404 problem+json for paths under <c>api/</c> that no function serves, so a stranger gets the same
/// kind of answer as everywhere else rather than the host's empty one (host.json's route prefix is empty: API routes
/// name <c>api/</c> themselves and the pages live at the root).
/// </summary>
/// <remarks>
/// The Functions host tries routes in the order it registered them, not by precedence, so a plain catch-all could
/// take requests meant for real functions. This route therefore only matches paths whose first segment is none of
/// the real API routes' second segments (after <c>api/</c>) (<see cref="ServedFirstSegments"/>; a test checks the list against every
/// <c>[HttpTrigger]</c> route), and can never compete with them in any order.
/// </remarks>
public sealed class RouteNotFoundFunction
{
    /// <summary>The path segments after <c>api/</c> of the real API routes, which this function leaves alone.</summary>
    public const string ServedFirstSegments = "a|articles|editor|feeds|health|openapi.json|sign-ups|subscribers|topics|twilio|unsubscribe|websub";

    /// <summary>The route: any path under <c>api/</c> whose next segment is not served.</summary>
    public const string Route = "api/{segment:regex(^(?!(" + ServedFirstSegments + ")$))}/{*rest}";

    /// <summary>Answers 404.</summary>
    [Function("RouteNotFound")]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", "options", Route = Route)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return NotFound(request.Path);
    }

    /// <summary>The 404 answer for a path no function serves.</summary>
    public static IActionResult NotFound(PathString path) =>
        Problems.Field(StatusCodes.Status404NotFound, "Not found", "$", $"no function answers {path}.");
}
