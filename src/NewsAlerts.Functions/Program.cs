using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Hosting;
using NewsAlerts.Azure.Configuration;
using NewsAlerts.Azure.Telemetry;
using NewsAlerts.Functions;
using NewsAlerts.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<HttpRequestGuardMiddleware>();
builder.Services.AddNewsAlertsFunctionApp();
builder.Services.AddNewsAlertsOpenTelemetry(builder.Configuration, "newsalerts-functions").UseFunctionsWorkerDefaults();
return await StartupSettings.RunAsync(builder.Build(), Console.Error);
