namespace NewsAlerts.Azure.Subscribers;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Suppression;

/// <summary>Refreshes this instance's copy of the suppression list every <c>Alerts:IndexRefreshSeconds</c>, as subscribers are.</summary>
public sealed partial class SuppressionRefresher(
    SuppressionList suppressions, IOptions<AlertsOptions> options, TimeProvider time, ILogger<SuppressionRefresher> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // Storage hiccups must not stop refreshing; the dispatcher's check before each send does not depend on it.
        PeriodicRefresh.RunAsync(suppressions.RefreshAsync, TimeSpan.FromSeconds(options.Value.IndexRefreshSeconds), time, ex => LogRefreshFailed(logger, ex), (failures, since) => LogRecovered(logger, failures, since), stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the suppression list failed; trying again each period, with no further line until it works")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshing the suppression list works again, after {Failures} failed attempts since {Since:o}")]
    private static partial void LogRecovered(ILogger logger, int failures, DateTimeOffset since);
}
