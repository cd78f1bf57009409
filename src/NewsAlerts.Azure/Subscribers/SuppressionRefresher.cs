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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IndexRefreshSeconds), time);
        do
        {
            try
            {
                await suppressions.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage hiccups must not stop refreshing; the dispatcher's check before each send does not depend on it.
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the suppression list failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
