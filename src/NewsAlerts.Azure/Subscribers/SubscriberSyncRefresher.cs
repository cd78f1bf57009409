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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(options.Value.IndexRefreshSeconds);
        using var timer = new PeriodicTimer(period, time);
        do
        {
            try
            {
                await sync.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage hiccups must not stop refreshing; the next tick tries again.
                LogRefreshFailed(logger, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the subscriber replicas failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
