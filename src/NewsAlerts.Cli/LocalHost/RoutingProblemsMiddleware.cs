namespace NewsAlerts.Cli.LocalHost;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Pages;

/// <summary>
/// The local host's outermost middleware: every answer gets the <see cref="SecurityHeaders"/>, and the router's own
/// empty 404 (no route) and 405 (route without this method, with <c>Allow</c>) become problem+json like every other
/// error, as the Function App's <see cref="RouteNotFoundFunction"/> answers in Azure; a browser asking a page route with a
/// method it does not take gets a page with a way back instead (<see cref="WrongMethodPages"/>, trial r43 #14).
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

        var allowed = context.Response.Headers.Allow.ToString();
        // A browser on a page route (a POST-only address opened again, a path under /editor/ no page serves): a page.
        if (await WrongMethodPages.AnswerAsync(context.RequestServices.GetRequiredService<PageResponder>(), context.Request, context.Response.StatusCode) is { } page)
        {
            await page.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            return;
        }

        var problem = context.Response.StatusCode == StatusCodes.Status404NotFound
            ? RouteNotFoundFunction.NotFound(context.Request.Path)
            : Problems.Field(StatusCodes.Status405MethodNotAllowed, "Method not allowed", "$",
                $"{context.Request.Method} is not allowed on {context.Request.Path} (allowed: {allowed}).");
        await problem.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
