namespace NewsAlerts.Functions.Http;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// Answers 404 problem+json for paths under the route prefix that no function serves, so a stranger gets the same
/// kind of answer as everywhere else rather than the host's empty one.
/// </summary>
/// <remarks>
/// The Functions host tries routes in the order it registered them, not by precedence, so a plain catch-all could
/// take requests meant for real functions. This route therefore only matches paths whose first segment is none of
/// the real routes' first segments (<see cref="ServedFirstSegments"/>; a test checks the list against every
/// <c>[HttpTrigger]</c> route), and can never compete with them in any order.
/// </remarks>
public sealed class RouteNotFoundFunction
{
    /// <summary>The first path segments of the real routes, which this function leaves alone.</summary>
    public const string ServedFirstSegments = "a|articles|feeds|health|sign-ups|subscribers|twilio|unsubscribe";

    /// <summary>The route: any path whose first segment is not served.</summary>
    public const string Route = "{segment:regex(^(?!(" + ServedFirstSegments + ")$))}/{*rest}";

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
