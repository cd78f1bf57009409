namespace NewsAlerts.Azure;

using global::Azure.Core;
using global::Azure.Data.Tables;
using global::Azure.Identity;
using global::Azure.Messaging.ServiceBus;
using global::Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Queues;
using NewsAlerts.Azure.ServiceBus;
using NewsAlerts.Azure.Snapshots;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Health;
using NewsAlerts.Core.Ports;

/// <summary>Registers the Azure clients (one thread-safe singleton each) and their health probes.</summary>
public static class AzureServiceCollectionExtensions
{
    /// <summary>Adds Table, Blob and Service Bus clients configured from the <c>Storage</c> and <c>ServiceBus</c> sections.</summary>
    public static IServiceCollection AddNewsAlertsAzure(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddOptions<ServiceBusOptions>().BindConfiguration(ServiceBusOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServiceBusOptions>, ServiceBusOptionsValidator>());

        // DefaultAzureCredential picks up the user-assigned managed identity from AZURE_CLIENT_ID in Azure.
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.TryAddSingleton(sp => CreateTableServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp));
        services.TryAddSingleton(sp => CreateBlobServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp));
        services.TryAddSingleton(sp => CreateServiceBusClient(sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value, sp));

        services.TryAddSingleton(sp => StorageScopes.Of(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<TableSet>();
        services.TryAddSingleton<TableArticleStore>();
        services.TryAddSingleton<IArticleStore>(sp => sp.GetRequiredService<TableArticleStore>());
        services.TryAddSingleton<IRecentArticles>(sp => sp.GetRequiredService<TableArticleStore>());
        services.TryAddSingleton<IAuditLog, TableAuditLog>();
        services.TryAddSingleton<IEditorSettings, TableEditorSettings>();
        services.TryAddSingleton<ISubscriberStore, TableSubscriberStore>();
        services.TryAddSingleton<ISuppressionStore, TableSuppressionStore>();
        services.TryAddSingleton<ISignUpStore, TableSignUpStore>();
        services.TryAddSingleton<IRateCounterStore, TableRateCounterStore>();
        services.TryAddSingleton<ServiceBusAlertPublisher>();
        services.TryAddSingleton<IAlertPublisher>(sp => sp.GetRequiredService<ServiceBusAlertPublisher>());
        services.TryAddSingleton<IDigestPublisher>(sp => sp.GetRequiredService<ServiceBusAlertPublisher>());
        services.TryAddSingleton<IManageLinkRequests, ServiceBusManageLinkRequests>();
        services.TryAddSingleton<IDeliveryLedger, TableDeliveryLedger>();
        services.TryAddSingleton<IAlertHistory, TableAlertHistory>();
        services.TryAddSingleton<IDigestStore, TableDigestStore>();
        services.TryAddSingleton<IPlannedAlerts, TablePlannedAlerts>();
        services.TryAddSingleton<NewsAlerts.Core.Caps.IDailyCapStore, TableDailyCapStore>();
        services.TryAddSingleton<ISubscriberSnapshotStore, BlobSubscriberSnapshotStore>();
        services.TryAddSingleton<ISenderRoster, TableSenderRoster>();
        services.TryAddSingleton<ISmsConfigurationFaults, TableSmsConfigurationFaults>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HealthCheck>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDependencyProbe, TableStorageProbe>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDependencyProbe, ServiceBusProbe>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDependencyProbe, SmsConfigurationProbe>());
        return services;
    }

    private static TableServiceClient CreateTableServiceClient(StorageOptions options, IServiceProvider services) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(options.TableServiceUri, services.GetRequiredService<TokenCredential>())
            : new TableServiceClient(options.ConnectionString);

    private static BlobServiceClient CreateBlobServiceClient(StorageOptions options, IServiceProvider services) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(options.BlobServiceUri, services.GetRequiredService<TokenCredential>())
            : new BlobServiceClient(options.ConnectionString);

    private static ServiceBusClient CreateServiceBusClient(ServiceBusOptions options, IServiceProvider services)
    {
        var clientOptions = new ServiceBusClientOptions
        {
            // Fail fast rather than hold a request for a minute: callers retry at their own level.
            RetryOptions = new ServiceBusRetryOptions { MaxRetries = 3, TryTimeout = TimeSpan.FromSeconds(10) },
        };
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new ServiceBusClient(options.FullyQualifiedNamespace, services.GetRequiredService<TokenCredential>(), clientOptions)
            : new ServiceBusClient(options.ConnectionString, clientOptions);
    }
}
