namespace NewsAlerts.Dispatcher;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsAlerts.Azure.Subscribers;
using NewsAlerts.Channels.Shaping;
using NewsAlerts.Core.Health;
using NewsAlerts.Core.Ports;

/// <summary>
/// Keeps this replica on the roster of every sender it uses and paces it to its share of each sender's rate: with
/// three replicas sending, each sends a third of <c>Twilio:MessagesPerSecond</c>. The share follows replicas coming and
/// going within <see cref="Period"/>; a replica that stops without checking out drops off after <see cref="Lease"/>.
/// </summary>
public sealed partial class SenderShareRefresher(
    ISenderRoster roster, SenderRates rates, TimeProvider time, ILogger<SenderShareRefresher> logger) : BackgroundService
{
    /// <summary>How often the replica renews its leases and re-reads the number of replicas.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    /// <summary>How long a lease lasts without renewal: a few periods, so one failed renewal loses nothing.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(20);

    /// <summary>This process's id on the rosters.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    // Per sender: a roster that cannot be reached fails every period, and is said once, then once when it works again.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FailureStreak> checkIns = new(StringComparer.Ordinal);

    /// <summary>Renews this replica's leases once and applies the shares; a sender whose roster cannot be read keeps its last share.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        foreach (var (sender, limiter) in rates.BySender)
        {
            var streak = checkIns.GetOrAdd(sender, _ => new FailureStreak());
            try
            {
                limiter.ShareWith(await roster.CheckInAsync(sender, InstanceId, Lease, cancellationToken));
                if (streak.Succeeded() is { } ended)
                {
                    LogCheckInRecovered(logger, sender, ended.Failures, ended.Since);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Includes an SDK timeout (a TaskCanceledException of its own): the replica keeps its last share.
                if (streak.Failed(time.GetUtcNow()))
                {
                    LogCheckInFailed(logger, sender, ex);
                }
            }
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var sender in rates.BySender.Keys)
        {
            try
            {
                await roster.CheckOutAsync(sender, InstanceId, cancellationToken);
            }
            catch (Exception ex)
            {
                // Shutdown ran out of time or storage failed (or is gone): the lease ends by itself soon and the others
                // take over. Expected, so one line with its cause and no stack trace (trial s42 #A).
                LogCheckOutFailed(logger, sender, FailureReason.OneLine(ex));
            }
        }
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicRefresh.RunAsync(RefreshAsync, Period, time, ex => LogRefreshFailed(logger, ex), (failures, since) => LogRecovered(logger, failures, since), stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing this replica's lease on sender {Sender} failed; it keeps its last share, and tries again each period with no further line until it works")]
    private static partial void LogCheckInFailed(ILogger logger, string sender, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking this replica out of sender {Sender} failed ({Reason}); its lease ends by itself")]
    private static partial void LogCheckOutFailed(ILogger logger, string sender, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Renewing this replica's lease on sender {Sender} works again, after {Failures} failed attempts since {Since:o}")]
    private static partial void LogCheckInRecovered(ILogger logger, string sender, int failures, DateTimeOffset since);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshing this replica's sender shares works again, after {Failures} failed attempts since {Since:o}")]
    private static partial void LogRecovered(ILogger logger, int failures, DateTimeOffset since);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing this replica's sender shares failed; it keeps its last shares")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
