namespace NewsAlerts.Azure;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Azure.Subscribers;
using Microsoft.Extensions.Hosting;

/// <summary>Registers what both the Function App and the Dispatcher need: alert settings, token signing, alert links.</summary>
public static class AlertingServiceCollectionExtensions
{
    /// <summary>Adds the <c>Alerts</c> options (validated at start), the token signer and the link builder.</summary>
    public static IServiceCollection AddNewsAlertsAlerting(this IServiceCollection services)
    {
        services.AddNewsAlertsAzure();
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertsOptions>, AlertsOptionsValidator>());
        services.TryAddSingleton(sp =>
        {
            var alerts = sp.GetRequiredService<IOptions<AlertsOptions>>().Value;
            return new TokenSigner(
                AlertsOptionsValidator.SigningKeyBytes(alerts)!, AlertsOptionsValidator.PreviousSigningKeyBytes(alerts), sp.GetRequiredService<TimeProvider>());
        });
        services.AddMetrics();
        services.TryAddSingleton<NewsAlerts.Core.Telemetry.AlertMetrics>();
        services.TryAddSingleton<SuppressionList>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SuppressionRefresher>());
        services.TryAddSingleton<SubscriberSync>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SubscriberSyncRefresher>());
        services.TryAddSingleton(sp => new AlertLinks(sp.GetRequiredService<IOptions<AlertsOptions>>().Value, sp.GetRequiredService<TokenSigner>()));
        return services;
    }
}
