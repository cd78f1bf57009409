namespace NewsAlerts.Cli.Operations;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Azure;

/// <summary>
/// The Azure clients an operator command needs, from the same settings as the apps: <c>Storage:ConnectionString</c>
/// or <c>Storage:TableServiceUri</c>, <c>Storage:TablePrefix</c>, <c>ServiceBus:ConnectionString</c> or
/// <c>ServiceBus:FullyQualifiedNamespace</c> (managed identity or <c>az login</c> through DefaultAzureCredential).
/// Given as <c>--Storage:ConnectionString=...</c> or environment variables <c>NEWSALERTS_Storage__ConnectionString</c>.
/// </summary>
public static class OperatorServices
{
    /// <summary>A provider with the Azure adapters registered; settings are validated when a client is first asked for.</summary>
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddNewsAlertsAzure();
        return services.BuildServiceProvider();
    }
}
