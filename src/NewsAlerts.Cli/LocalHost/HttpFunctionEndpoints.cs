namespace NewsAlerts.Cli.LocalHost;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsAlerts.Functions.Http;

/// <summary>Maps each HTTP-triggered function to its route and methods under the host's route prefix.</summary>
public static class HttpFunctionEndpoints
{
    /// <summary>Adds one endpoint per HTTP function.</summary>
    public static IEndpointRouteBuilder MapFunctionEndpoints(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog, string routePrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var function in catalog.Functions.Where(f => f.Http is not null))
        {
            var pattern = RoutePattern(routePrefix, function.Http!.Route);
            var builder = function.Http.Methods.Count == 0
                ? endpoints.Map(pattern, context => HandleAsync(function, context))
                : endpoints.MapMethods(pattern, function.Http.Methods, context => HandleAsync(function, context));
            builder.WithDisplayName(function.Name);
        }

        return endpoints;
    }

    /// <summary>The full route of a function: <c>/{prefix}/{route}</c>.</summary>
    public static string RoutePattern(string routePrefix, string route) =>
        "/" + string.Join('/', new[] { routePrefix.Trim('/'), route.Trim('/') }.Where(s => s.Length > 0));

    private static async Task HandleAsync(LocalFunction function, HttpContext context)
    {
        var authorizer = context.RequestServices.GetRequiredService<FunctionKeyAuthorizer>();
        if (!authorizer.IsAuthorized(function, context.Request))
        {
            await Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: $"Function '{function.Name}' needs a valid key in the '{FunctionKeyAuthorizer.KeyHeader}' header or the 'code' query parameter.")
                .ExecuteAsync(context);
            return;
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("NewsAlerts.Cli.LocalHost.Functions");
        if (await HttpRequestGuard.RunAsync(context, function.Name, () => FunctionInvoker.InvokeHttpAsync(function, context), logger) is { } problem)
        {
            await problem.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
    }
}
