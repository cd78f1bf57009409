namespace NewsAlerts.Infrastructure.Tests.Configuration;

using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Azure;
using NewsAlerts.Functions;

/// <summary>The two apps the template deploys and how each registers its services.</summary>
public static class DeployedApps
{
    /// <summary>The Function App: <c>AddNewsAlertsFunctionApp()</c>, as its Program calls it.</summary>
    public static DeployedApp FunctionApp { get; } = new(
        "Function App",
        "Microsoft.Web/sites",
        services => services.AddNewsAlertsFunctionApp(),
        new HashSet<string>(StringComparer.Ordinal)
        {
            // The Functions runtime's own storage, with the managed identity.
            "AzureWebJobsStorage__accountName",
            "AzureWebJobsStorage__credential",
            "AzureWebJobsStorage__clientId",
            // Telemetry, sent with an Entra token.
            "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
            // DefaultAzureCredential picks the user-assigned identity by this client id.
            "AZURE_CLIENT_ID",
        });

    /// <summary>
    /// The Dispatcher container app. Its project does not exist yet: until an assembly beside the tests offers a
    /// public static <c>AddNewsAlertsDispatcher(IServiceCollection)</c> (reference the Dispatcher project from this test
    /// project when it lands), it is taken to bind what <c>AddNewsAlertsAzure()</c> binds, which its consumers need.
    /// </summary>
    public static DeployedApp Dispatcher { get; } = new(
        "Dispatcher",
        "Microsoft.App/containerApps",
        DispatcherRegistration(),
        new HashSet<string>(StringComparer.Ordinal) { "APPLICATIONINSIGHTS_CONNECTION_STRING", "AZURE_CLIENT_ID" });

    /// <summary>Both apps.</summary>
    public static IReadOnlyList<DeployedApp> All { get; } = [FunctionApp, Dispatcher];

    private static Action<IServiceCollection> DispatcherRegistration()
    {
        var method = Directory.EnumerateFiles(AppContext.BaseDirectory, "NewsAlerts.Dispatcher*.dll")
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)))
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.GetMethod("AddNewsAlertsDispatcher", BindingFlags.Public | BindingFlags.Static, [typeof(IServiceCollection)]))
            .FirstOrDefault(m => m is not null);
        return method is null
            ? services => services.AddNewsAlertsAzure()
            : services => method.Invoke(null, [services]);
    }
}
