namespace NewsAlerts.Functions.Matching;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;

/// <summary>Refreshes the matching index every <c>Alerts:IndexRefreshSeconds</c> for as long as the instance runs.</summary>
public sealed partial class SubscriptionIndexRefresher(
    SubscriptionIndexSync sync, IOptions<AlertsOptions> options, TimeProvider time, ILogger<SubscriptionIndexRefresher> logger) : BackgroundService
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the subscription index failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
