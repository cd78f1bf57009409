namespace NewsAlerts.Functions.Subscribers;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;

/// <summary>
/// Sends the notice a confirmation owes the contact it replaced (<see cref="SignUpOutcome.Replaced"/>): the old address
/// gets a manage link valid for <see cref="LinkLifetime"/> (enough to undo a change they did not make, short because the
/// address is no longer theirs to hold it), the old number a one-segment text. Within the confirmation deadline
/// (<see cref="AlertsOptions.ConfirmationDeadlineSeconds"/>); a notice that fails is logged and never fails the confirmation.
/// </summary>
public sealed partial class ContactChangeNotifier(
    IConfirmationSender sender, AlertLinks links, TokenSigner tokens, IOptions<AlertsOptions> options, TimeProvider time, ILogger<ContactChangeNotifier> logger)
{
    /// <summary>How long the manage link in a change notice works.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(14);

    /// <summary>Sends the notice <paramref name="outcome"/> owes, if any; true when one went out.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the request went away).</exception>
    public async Task<bool> NotifyAsync(SignUpOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome is not { Replaced: { } notice, Subscriber: { } subscriber })
        {
            return false;
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.ConfirmationDeadlineSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var manage = links.Manage(subscriber.Id, tokens.Issue(TokenPurpose.Manage, subscriber.Id, LinkLifetime));
            var sent = await sender.SendContactChangedAsync(subscriber.Id, notice, manage, LinkLifetime, MessageLocale.Of(subscriber), linked.Token);
            LogNotice(logger, subscriber.Id, notice.Channel, sent.Status);
            return sent.Status == SendStatus.Sent;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, subscriber.Id, notice.Channel, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change notice to the old {Channel} contact of subscriber {SubscriberId}: {Status}")]
    private static partial void LogNotice(ILogger logger, string subscriberId, Channel channel, SendStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change notice to the old {Channel} contact of subscriber {SubscriberId} failed")]
    private static partial void LogFailed(ILogger logger, string subscriberId, Channel channel, Exception exception);
}
