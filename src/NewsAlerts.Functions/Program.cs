using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using NewsAlerts.Functions;
using NewsAlerts.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<HttpRequestGuardMiddleware>();
builder.Services.AddNewsAlertsFunctionApp();
builder.Build().Run();
