namespace NewsAlerts.Cli.Tests.LocalHost;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

/// <summary>Functions that exist only in the tests, served by the local host alongside the Function App's own.</summary>
public sealed class TestFunctions(TimerRuns runs)
{
    /// <summary>A function-level function with a route parameter.</summary>
    [Function("ProtectedEcho")]
    public IActionResult Echo([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/test/echo/{id}")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new OkObjectResult(new { id = request.RouteValues["id"], method = request.Method });
    }

    /// <summary>An admin-level function.</summary>
    [Function("AdminOnly")]
    public IActionResult Admin([HttpTrigger(AuthorizationLevel.Admin, "get", Route = "api/test/admin")] HttpRequest request) => new OkResult();

    /// <summary>A timer that fires every second.</summary>
    [Function("EverySecond")]
    public void Tick([TimerTrigger("*/1 * * * * *")] TimerInfo timer, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        runs.Record(context.FunctionDefinition.Name, timer);
    }

    /// <summary>A timer whose schedule comes from a setting and that never fires by itself during a test.</summary>
    [Function("Yearly")]
    public Task YearlyAsync([TimerTrigger("%TestYearlySchedule%")] TimerInfo timer, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        runs.Record(context.FunctionDefinition.Name, timer);
        return Task.CompletedTask;
    }
}
