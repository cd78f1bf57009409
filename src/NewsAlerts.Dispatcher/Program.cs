using Microsoft.Extensions.Hosting;
using NewsAlerts.Dispatcher;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddNewsAlertsDispatcher();
builder.Build().Run();
