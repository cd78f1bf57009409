namespace NewsAlerts.Functions.Health;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Health;

/// <summary>
/// <c>GET /api/health</c>: the version and whether each dependency answers; 503 when one does not, 200 with status
/// <c>degraded</c> when all answer but one names a setting to fix (<see cref="SmsConfigurationProbe"/>).
/// </summary>
public sealed class HealthFunction(HealthCheck healthCheck)
{
    /// <summary>Runs the probes and reports.</summary>
    [Function("Health")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = await healthCheck.CheckAsync(cancellationToken);
        return new ObjectResult(report)
        {
            StatusCode = report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
        };
    }
}
