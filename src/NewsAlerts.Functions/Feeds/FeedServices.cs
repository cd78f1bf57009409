namespace NewsAlerts.Functions.Feeds;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Channels.Feeds;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;

/// <summary>Registers feed ingestion: the registry's store, the guarded fetcher and the poller (section <c>Feeds</c>).</summary>
public static class FeedServices
{
    /// <summary>
    /// Adds the <c>Feeds</c> options (validated at start), <see cref="IFeedStore"/> (readied at start-up by <see cref="FeedStorePreparation"/>), <see cref="IFeedFetcher"/>, the WebSub
    /// subscriber (<see cref="IWebSubStore"/>, <see cref="IWebSubHub"/>, <see cref="WebSubSubscriptions"/>), <see cref="FeedRegistrar"/> and <see cref="FeedPoller"/>.
    /// </summary>
    public static IServiceCollection AddNewsAlertsFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>());
        services.TryAddSingleton<IFeedStore, TableFeedStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, FeedStorePreparation>());
        services.TryAddSingleton(sp => new FeedUrlGuard(Resolve, sp.GetRequiredService<IOptions<FeedOptions>>().Value.AllowLoopback));
        services.TryAddSingleton<HostGate>();
        services.TryAddSingleton<IFeedFetcher>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FeedOptions>>().Value;
            var handler = FeedConnections.CreateHandler(Resolve, options.AllowLoopback);
            handler.AllowAutoRedirect = false;
            // Connections are re-made now and then, so a feed host's DNS change is seen (and checked again).
            handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5);
            var contact = ContactOf(sp);
            return new HttpFeedFetcher(
                new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
                sp.GetRequiredService<FeedUrlGuard>(),
                sp.GetRequiredService<HostGate>(),
                TimeSpan.FromSeconds(options.RequestTimeoutSeconds),
                HttpFeedFetcher.UserAgentFor(contact));
        });
        services.TryAddSingleton(sp =>
        {
            // Its own fetcher for the registration's shorter timeout; the guard, the host gate and the User-Agent are polling's.
            var options = sp.GetRequiredService<IOptions<FeedOptions>>().Value;
            var handler = FeedConnections.CreateHandler(Resolve, options.AllowLoopback);
            handler.AllowAutoRedirect = false;
            handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5);
            var probe = new HttpFeedFetcher(
                new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
                sp.GetRequiredService<FeedUrlGuard>(),
                sp.GetRequiredService<HostGate>(),
                TimeSpan.FromSeconds(options.RegistrationTimeoutSeconds),
                HttpFeedFetcher.UserAgentFor(ContactOf(sp)));
            return new FeedRegistrar(
                sp.GetRequiredService<IFeedStore>(), probe, sp.GetRequiredService<FeedUrlGuard>(), sp.GetRequiredService<TimeProvider>(), options.SeenItemsPerFeed,
                sp.GetRequiredService<WebSubSubscriptions>(), TimeSpan.FromSeconds(options.RegistrationTimeoutSeconds));
        });
        services.TryAddSingleton(sp => new WebSubPushFailures(
            sp.GetRequiredService<IFeedStore>(), sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<FeedOptions>>().Value.MinIntervalSeconds)));
        services.TryAddSingleton<IWebSubStore, TableWebSubStore>();
        services.TryAddSingleton<IWebSubHub>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FeedOptions>>().Value;
            var handler = FeedConnections.CreateHandler(Resolve, options.AllowLoopback);
            handler.AllowAutoRedirect = false;
            handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5);
            return new HttpWebSubHub(
                new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
                sp.GetRequiredService<FeedUrlGuard>(),
                sp.GetRequiredService<HostGate>(),
                TimeSpan.FromSeconds(options.RequestTimeoutSeconds),
                HttpFeedFetcher.UserAgentFor(ContactOf(sp)));
        });
        services.TryAddSingleton(sp => new WebSubSubscriptions(
            sp.GetRequiredService<IWebSubStore>(),
            sp.GetRequiredService<IWebSubHub>(),
            sp.GetRequiredService<IOptions<AlertsOptions>>().Value.PublicBaseUrl!,
            sp.GetRequiredService<IOptions<FeedOptions>>().Value.WebSubLeaseSeconds,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<FeedOptions>>().Value.AllowLoopback,
            sp.GetRequiredService<IFeedStore>()));
        services.TryAddSingleton(sp => new FeedPoller(
            sp.GetRequiredService<IFeedStore>(),
            sp.GetRequiredService<IFeedFetcher>(),
            sp.GetRequiredService<ArticleIngestion>(),
            sp.GetRequiredService<IOptions<FeedOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<WebSubSubscriptions>()));
        return services;
    }

    // Alerts:PublicBaseUrl is required at start, so there is always a contact.
    private static Uri ContactOf(IServiceProvider sp) =>
        sp.GetRequiredService<IOptions<FeedOptions>>().Value.ContactUrl ?? sp.GetRequiredService<IOptions<AlertsOptions>>().Value.PublicBaseUrl!;

    private static Task<IPAddress[]> Resolve(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}
