namespace NewsAlerts.Cli.LocalHost;

using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsAlerts.Core.Health;

/// <summary>Runs every timer-triggered function on its schedule for as long as the host runs.</summary>
public sealed partial class TimerFunctionScheduler(
    FunctionCatalog catalog,
    IServiceProvider services,
    IConfiguration configuration,
    TimeProvider timeProvider,
    ILogger<TimerFunctionScheduler> logger) : BackgroundService
{
    /// <summary>Parses every schedule up front so a bad one stops start-up with its function's name.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var function in catalog.Functions.Where(f => f.Timer is not null))
        {
            _ = TimerSchedule.Parse(function.Name, function.Timer!.Schedule, configuration);
        }

        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(catalog.Functions.Where(f => f.Timer is not null).Select(f => RunScheduleAsync(f, stoppingToken)));

    private async Task RunScheduleAsync(LocalFunction function, CancellationToken stoppingToken)
    {
        var schedule = TimerSchedule.Parse(function.Name, function.Timer!.Schedule, configuration);
        DateTimeOffset? last = null;
        var next = schedule.Next(timeProvider.GetUtcNow());
        // A function whose dependency is down fails at every occurrence: said once, and once when it works again.
        var failures = new FailureStreak();
        LogScheduled(logger, function.Name, schedule.Expression, next);
        if (function.Timer.RunOnStartup)
        {
            last = await RunOnceAsync(function, last, next, isPastDue: false, failures, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = next - timeProvider.GetUtcNow();
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            // A delay may end a little before its occurrence: wait out the rest rather than run early, and schedule
            // from the later of now and the occurrence due, so one occurrence never runs twice.
            var now = timeProvider.GetUtcNow();
            if (now < next)
            {
                continue;
            }

            var following = schedule.Next(now > next ? now : next);
            last = await RunOnceAsync(function, last, following, isPastDue: now - next > TimeSpan.FromSeconds(1), failures, stoppingToken);
            next = following;
        }
    }

    private async Task<DateTimeOffset> RunOnceAsync(
        LocalFunction function, DateTimeOffset? last, DateTimeOffset next, bool isPastDue, FailureStreak failures, CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow();
        var timer = new TimerInfo
        {
            IsPastDue = isPastDue,
            ScheduleStatus = new ScheduleStatus { Last = (last ?? now).UtcDateTime, Next = next.UtcDateTime, LastUpdated = now.UtcDateTime },
        };
        try
        {
            await FunctionInvoker.InvokeTimerAsync(function, services, timer, stoppingToken);
            LogRan(logger, function.Name, next);
            if (failures.Succeeded() is { } ended)
            {
                LogRecovered(logger, function.Name, ended.Failures, ended.Since);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A failing run is logged and the schedule goes on, as in the Functions host; its repeats are only counted.
            if (failures.Failed(now))
            {
                LogFailed(logger, function.Name, ex);
            }
        }

        return now;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer function {Function} scheduled '{Schedule}', first run at {Next:o}")]
    private static partial void LogScheduled(ILogger logger, string function, string schedule, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer function {Function} ran; next run at {Next:o}")]
    private static partial void LogRan(ILogger logger, string function, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed; its next failures are not logged until it works again")]
    private static partial void LogFailed(ILogger logger, string function, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer function {Function} works again, after {Failures} failed runs since {Since:o}")]
    private static partial void LogRecovered(ILogger logger, string function, int failures, DateTimeOffset since);
}
