namespace NewsAlerts.Functions.Http;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

/// <summary>
/// What both hosts do around every HTTP function (the Function App through <see cref="HttpRequestGuardMiddleware"/>,
/// the local host in its endpoint): set <see cref="SecurityHeaders"/>, refuse a path id of no id's form
/// (<see cref="RouteIds"/>) before the function runs, and turn an exception into a problem answer,
/// 4xx when the request caused it (<see cref="RequestFailures"/>), 500 problem+json otherwise, giving back then the
/// rate-limit counts the request took when the one rule says so (<see cref="Subscribers.ConfirmationGate.GiveBackIfDueAsync"/>).
/// </summary>
public static partial class HttpRequestGuard
{
    /// <summary>Runs <paramref name="invoke"/>; null when it finished, else the problem to answer instead.</summary>
    public static async Task<IActionResult?> RunAsync(HttpContext http, string functionName, Func<Task> invoke, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(invoke);
        ArgumentNullException.ThrowIfNull(logger);
        SecurityHeaders.Apply(http.Response);
        // A person opening a damaged link from a message (Accept: text/html) gets the function's own page instead.
        if (!Pages.PageResponder.WantsPage(http.Request) && RouteIds.Refusal(http.Request.RouteValues) is { } badId)
        {
            LogRefused(logger, functionName, "a path id of no id's form");
            return badId;
        }

        try
        {
            await invoke();
            return null;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (!http.Response.HasStarted)
        {
            if (RequestFailures.ProblemFor(ex) is { } problem)
            {
                LogRefused(logger, functionName, ex.GetType().Name);
                return problem;
            }

            LogFailed(logger, ex, functionName);
            // Failed on our side (a store down): what the request took from the sign-up limits is given back by the one
            // rule, so only when nothing it took them for went out or was refused for good (issue 16 review: not on any 500).
            Subscribers.ConfirmationGate.Record(http.Request, Core.RateLimits.ConfirmationEnd.FailedOnOurSide);
            if (http.RequestServices?.GetService(typeof(Subscribers.ConfirmationGate)) is Subscribers.ConfirmationGate gate)
            {
                await gate.GiveBackIfDueAsync(http.Request);
            }

            return RequestFailures.Unexpected();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Function {Function} refused a request it could not read ({Exception})")]
    private static partial void LogRefused(ILogger logger, string function, string exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function);
}
