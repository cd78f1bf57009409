namespace NewsAlerts.Functions.Feeds;

using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Every minute, polls the feeds that are due (<see cref="FeedPoller.PollDueAsync"/>) and ingests their new and
/// changed items as <c>POST /api/articles</c> does; each feed's health is at <c>GET /api/feeds/{id}</c>. Then renews
/// the WebSub subscriptions whose leases lapse soon (<see cref="WebSubSubscriptions.RenewDueAsync"/>).
/// </summary>
public sealed partial class PollFeedsFunction(FeedPoller poller, WebSubSubscriptions webSub, SubscriberSync subscribers, ILogger<PollFeedsFunction> logger)
{
    /// <summary>Runs on the schedule.</summary>
    [Function("PollFeeds")]
    public async Task RunAsync([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await subscribers.EnsureLoadedAsync(cancellationToken);
        var reports = await poller.PollDueAsync(cancellationToken);
        foreach (var report in reports)
        {
            Log(report);
        }

        LogPolled(logger, reports.Count, reports.Count(r => r.Outcome.Succeeded), reports.Sum(r => r.Alerted));
        var renewed = await webSub.RenewDueAsync(cancellationToken);
        if (renewed > 0)
        {
            LogRenewed(logger, renewed);
        }
    }

    // A feed's failures are told once when they start and once when they end (FeedPollNewsRule: session 43, a feed
    // answering 404 for ever logged a warning at every poll); a poll that could not be recorded is told each time.
    private void Log(FeedPollReport report)
    {
        if (report.Health is not { } health)
        {
            if (!report.Outcome.Succeeded)
            {
                LogFailed(logger, report.FeedId, report.Status, report.Outcome.Error ?? string.Empty, FeedPolling.Words(report.NextPoll, report.Health?.After.GoneSince));
            }

            return;
        }

        if (health.After.Flood is { } flood && flood != health.Before.Flood)
        {
            LogFlood(logger, report.FeedId, flood.Words);
        }

        switch (FeedPollNewsRule.Of(health.Before, health.After))
        {
            case FeedPollNews.Failing:
                LogFailed(logger, report.FeedId, report.Status, report.Outcome.Error ?? string.Empty, FeedPolling.Words(report.NextPoll, report.Health?.After.GoneSince));
                break;
            case FeedPollNews.Gone:
                LogGone(logger, report.FeedId, health.Before.ConsecutiveFailures);
                break;
            case FeedPollNews.Recovered:
                LogRecovered(logger, report.FeedId, health.Before.ConsecutiveFailures, health.Before.FailingSince ?? health.Before.LastErrorAt ?? default);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Asked hubs to renew {Count} WebSub subscriptions")]
    private static partial void LogRenewed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Feeds} feeds: {Succeeded} succeeded, {Alerted} items alerted")]
    private static partial void LogPolled(ILogger logger, int feeds, int succeeded, int alerted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} poll failed with status {Status}: {Error}; {NextPoll} (later failures are counted in its health, not logged)")]
    private static partial void LogFailed(ILogger logger, string feedId, int status, string error, string nextPoll);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} answered 410 Gone after {EarlierFailures} failed polls: it is not polled again until an editor resumes it (PATCH its /api/feeds entry with paused false)")]
    private static partial void LogGone(ILogger logger, string feedId, int earlierFailures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId}: {Flood}; its health says so until an editor acknowledges it (PATCH its /api/feeds entry with floodAcknowledged true)")]
    private static partial void LogFlood(ILogger logger, string feedId, string flood);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} polled again after {Failures} failed polls since {Since:o}")]
    private static partial void LogRecovered(ILogger logger, string feedId, int failures, DateTimeOffset since);
}
