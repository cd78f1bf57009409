namespace NewsAlerts.Azure.Subscribers;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Subscribers;

/// <summary>Refreshes this instance's subscriber replicas every <c>Alerts:IndexRefreshSeconds</c> for as long as the instance runs.</summary>
public sealed partial class SubscriberSyncRefresher(
    SubscriberSync sync, IOptions<AlertsOptions> options, TimeProvider time, ILogger<SubscriberSyncRefresher> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicRefresh.RunAsync(sync.RefreshAsync, TimeSpan.FromSeconds(options.Value.IndexRefreshSeconds), time, ex => LogRefreshFailed(logger, ex), (failures, since) => LogRecovered(logger, failures, since), stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the subscriber replicas failed; trying again each period, with no further line until it works")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshing the subscriber replicas works again, after {Failures} failed attempts since {Since:o}")]
    private static partial void LogRecovered(ILogger logger, int failures, DateTimeOffset since);
}
