namespace NewsAlerts.Cli.LocalHost;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using NewsAlerts.Functions.Http;

/// <summary>
/// The local host's outermost middleware: every answer gets the <see cref="SecurityHeaders"/>, and the router's own
/// empty 404 (no route) and 405 (route without this method, with <c>Allow</c>) become problem+json like every other
/// error, as the Function App's <see cref="RouteNotFoundFunction"/> answers in Azure.
/// </summary>
public sealed class RoutingProblemsMiddleware(RequestDelegate next)
{
    /// <summary>Runs the rest of the pipeline and fills in an empty 404 or 405.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SecurityHeaders.Apply(context.Response);
        await next(context);
        if (context.Response.HasStarted || context.Response.StatusCode is not (StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed))
        {
            return;
        }

        var problem = context.Response.StatusCode == StatusCodes.Status404NotFound
            ? RouteNotFoundFunction.NotFound(context.Request.Path)
            : Problems.Field(StatusCodes.Status405MethodNotAllowed, "Method not allowed", "$",
                $"{context.Request.Method} is not allowed on {context.Request.Path} (allowed: {context.Response.Headers.Allow}).");
        await problem.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
