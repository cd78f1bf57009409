using Microsoft.Extensions.Hosting;
using NewsAlerts.Azure.Telemetry;
using NewsAlerts.Dispatcher;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddNewsAlertsDispatcher();
builder.Services.AddNewsAlertsOpenTelemetry(builder.Configuration, "newsalerts-dispatcher");
builder.Build().Run();
