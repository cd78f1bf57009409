namespace NewsAlerts.Dispatcher;

using global::Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure;
using NewsAlerts.Channels;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Subscribers;

/// <summary>Registers the Dispatcher: channels, the batch dispatcher, one queue worker per channel and the manage-link worker.</summary>
public static class DispatcherServices
{
    /// <summary>Adds the Dispatcher (used by its own Program and by the local host, which runs it in-process).</summary>
    public static IServiceCollection AddNewsAlertsDispatcher(this IServiceCollection services)
    {
        services.AddNewsAlertsAlerting();
        services.AddNewsAlertsChannels();
        services.AddOptions<DispatcherOptions>().BindConfiguration(DispatcherOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DispatcherOptions>, DispatcherOptionsValidator>());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DispatcherOptions>>().Value;
            return new ClaimLease(TimeSpan.FromSeconds(options.ClaimLeaseSeconds), TimeSpan.FromSeconds(options.ClaimClockSkewSeconds));
        });
        services.TryAddSingleton<SubscriberDirectory>();
        services.AddSingleton<ISubscriberReplica>(sp => sp.GetRequiredService<SubscriberDirectory>());
        services.TryAddSingleton<BatchDispatcher>();
        services.TryAddSingleton<NewsAlerts.Core.Digests.DigestDispatcher>();
        services.TryAddSingleton<SenderShareRefresher>();
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(sp => sp.GetRequiredService<SenderShareRefresher>());
        services.TryAddSingleton<NewsAlerts.Core.ManageLinks.ManageLinkMailer>();
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(sp => new ManageLinkQueueWorker(
            sp.GetRequiredService<ServiceBusClient>(),
            sp.GetRequiredService<StorageScope>(),
            sp.GetRequiredService<NewsAlerts.Core.ManageLinks.ManageLinkMailer>(),
            sp.GetRequiredService<IOptions<DispatcherOptions>>().Value,
            sp.GetRequiredService<ILogger<ManageLinkQueueWorker>>()));
        foreach (var channel in AlertChannel.All)
        {
            services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(sp => new AlertQueueWorker(
                channel,
                sp.GetRequiredService<ServiceBusClient>(),
                sp.GetRequiredService<StorageScope>(),
                sp.GetRequiredService<BatchDispatcher>(),
                sp.GetRequiredService<SubscriberSync>(),
                sp.GetRequiredService<IOptions<DispatcherOptions>>().Value,
                sp.GetRequiredService<NewsAlerts.Core.Telemetry.AlertMetrics>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<AlertQueueWorker>>(),
                channel.Kind == Channel.Email ? sp.GetRequiredService<NewsAlerts.Core.Digests.DigestDispatcher>() : null));
        }

        return services;
    }
}
