namespace NewsAlerts.Functions.Feeds;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsAlerts.Core.Ports;

/// <summary>
/// Readies the feed store at start-up, in the background (<see cref="IFeedStore.PrepareAsync"/>: the one-time address-claim
/// backfill after an upgrade), so no editor's request does it. It retries after a failure, waiting 1 s, then twice as long
/// each time up to 5 minutes, until it succeeds or the host stops; requests that come first wait for the same run.
/// </summary>
public sealed partial class FeedStorePreparation(IFeedStore store, TimeProvider time, ILogger<FeedStorePreparation> logger) : BackgroundService
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var wait = TimeSpan.FromSeconds(1); ; wait = wait * 2 < LongestWait ? wait * 2 : LongestWait)
        {
            try
            {
                await store.PrepareAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception, wait);
            }

            await Task.Delay(wait, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readying the feed store failed; trying again in {Wait}")]
    private static partial void LogFailed(ILogger logger, Exception exception, TimeSpan wait);
}
