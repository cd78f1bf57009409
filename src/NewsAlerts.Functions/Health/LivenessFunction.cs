namespace NewsAlerts.Functions.Health;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Health;

/// <summary>
/// <c>GET /api/health/live</c>: 200 whenever the worker can answer at all, without asking any dependency, so the
/// platform's frequent liveness probes cost nothing and never restart an instance because SMTP or Twilio is down
/// (that is what <c>GET /api/health</c> reports).
/// </summary>
public sealed class LivenessFunction(TimeProvider timeProvider)
{
    /// <summary>Answers <c>{"status":"alive","version":"...","checkedAt":"..."}</c>.</summary>
    [Function("Liveness")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health/live")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new OkObjectResult(new LivenessReport("alive", HealthCheck.AppVersion, timeProvider.GetUtcNow()));
    }
}
