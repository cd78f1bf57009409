namespace NewsAlerts.Functions.ManageLinks;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.ManageLinks;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Works through <see cref="ManageLinkQueue"/>: finds the subscriber of each address, asks
/// <see cref="ManageLinkRecovery.Decide"/>, and when it says so emails a fresh manage link (valid as long as the one
/// sent on confirmation) through the confirmation sender. A failure is logged (never the address) and the next one goes on.
/// </summary>
public sealed partial class ManageLinkMailer(
    ManageLinkQueue queue, ISubscriberStore subscribers, IConfirmationSender confirmations, AlertLinks links, TokenSigner tokens, ILogger<ManageLinkMailer> logger)
    : BackgroundService
{
    /// <summary>Handles one request: looks the address up and sends the link when <see cref="ManageLinkRecovery"/> allows it.</summary>
    /// <returns>What was decided (<see cref="ManageLinkDecision.Send"/> also when the send itself failed; see the log).</returns>
    public async Task<ManageLinkDecision> HandleAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var id = await subscribers.FindIdByEmailAsync(email, cancellationToken);
        var subscriber = id is null ? null : await subscribers.GetAsync(id, cancellationToken);
        var decision = ManageLinkRecovery.Decide(subscriber, email);
        if (decision != ManageLinkDecision.Send)
        {
            LogNotSent(logger, decision);
            return decision;
        }

        var token = tokens.Issue(TokenPurpose.Manage, subscriber!.Id, SubscriberService.ManageTokenLifetime);
        var outcome = await confirmations.SendManageLinkRequestedAsync(subscriber.Id, subscriber.Email!, links.Manage(subscriber.Id, token), cancellationToken);
        LogSent(logger, subscriber.Id, outcome.Status);
        return decision;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var email in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await HandleAsync(email, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: requests still waiting are dropped; the person can ask again.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Manage link asked for: not sent ({Decision})")]
    private static partial void LogNotSent(ILogger logger, ManageLinkDecision decision);

    [LoggerMessage(Level = LogLevel.Information, Message = "Manage link asked for: sent to subscriber {SubscriberId} ({Status})")]
    private static partial void LogSent(ILogger logger, string subscriberId, SendStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Manage link asked for: failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
