namespace NewsAlerts.Functions;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Azure;

/// <summary>
/// The Function App's service registration, shared by <c>Program</c> (in Azure) and the local host
/// (<c>newsalerts dev</c>), so both run the functions with the same services.
/// </summary>
public static class FunctionAppServices
{
    /// <summary>Registers everything the functions need.</summary>
    public static IServiceCollection AddNewsAlertsFunctionApp(this IServiceCollection services)
    {
        services.AddNewsAlertsAzure();
        return services;
    }
}
