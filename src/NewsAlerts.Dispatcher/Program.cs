using Microsoft.Extensions.Hosting;
using NewsAlerts.Azure.Configuration;
using NewsAlerts.Azure.Telemetry;
using NewsAlerts.Dispatcher;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddNewsAlertsDispatcher();
builder.Services.AddNewsAlertsOpenTelemetry(builder.Configuration, "newsalerts-dispatcher");
return await StartupSettings.RunAsync(builder.Build(), Console.Error);
