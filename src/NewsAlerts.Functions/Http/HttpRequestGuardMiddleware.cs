namespace NewsAlerts.Functions.Http;

using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

/// <summary>
/// The Function App's worker middleware for HTTP functions: <see cref="HttpRequestGuard"/> around each invocation,
/// its problem becoming the invocation's result (which the ASP.NET Core integration then writes).
/// </summary>
public sealed class HttpRequestGuardMiddleware(ILogger<HttpRequestGuardMiddleware> logger) : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }

        if (await HttpRequestGuard.RunAsync(http, context.FunctionDefinition.Name, () => next(context), logger) is { } problem)
        {
            context.GetInvocationResult().Value = problem;
        }
    }
}
