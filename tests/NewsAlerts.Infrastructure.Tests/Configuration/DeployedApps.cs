namespace NewsAlerts.Infrastructure.Tests.Configuration;

using NewsAlerts.Dispatcher;
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

    /// <summary>The Dispatcher container app: <c>AddNewsAlertsDispatcher()</c>, as its Program calls it.</summary>
    public static DeployedApp Dispatcher { get; } = new(
        "Dispatcher",
        "Microsoft.App/containerApps",
        services => services.AddNewsAlertsDispatcher(),
        new HashSet<string>(StringComparer.Ordinal) { "APPLICATIONINSIGHTS_CONNECTION_STRING", "AZURE_CLIENT_ID" });

    /// <summary>Both apps.</summary>
    public static IReadOnlyList<DeployedApp> All { get; } = [FunctionApp, Dispatcher];
}
