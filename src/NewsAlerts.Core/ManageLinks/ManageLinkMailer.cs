namespace NewsAlerts.Core.ManageLinks;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Texts;

/// <summary>
/// Handles one manage-link request (<see cref="ManageLinkMessage"/>): finds the subscriber of the address or number,
/// asks <see cref="ManageLinkRecovery.Decide"/> (email) or <see cref="ManageLinkRecovery.DecideText"/> (a number, with
/// the suppression list's word on it), and when it says so sends a fresh manage link (valid as long as the one sent on
/// confirmation) through the confirmation sender: an email, or a text that is a transactional message like a
/// confirmation code, not an alert (no caps, no quiet hours, no ledger). The Dispatcher's queue worker settles the
/// message from the result (<see cref="ManageLinkSettlement.After"/>).
/// </summary>
public sealed class ManageLinkMailer(ISubscriberStore subscribers, IConfirmationSender confirmations, AlertLinks links, TokenSigner tokens, SuppressionList suppressions)
{
    /// <summary>Handles the request for <paramref name="ask"/> (an address in canonical form or a number in E.164).</summary>
    /// <returns>What was decided and, when a link was due, the send's outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ask"/> is null.</exception>
    public async Task<ManageLinkResult> HandleAsync(ManageLinkAsk ask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var byText = ask.Channel == Channel.Sms;
        var id = byText
            ? await subscribers.FindIdByPhoneAsync(ask.Contact, cancellationToken)
            : await subscribers.FindIdByEmailAsync(ask.Contact, cancellationToken);
        var subscriber = id is null ? null : await subscribers.GetAsync(id, cancellationToken);
        var decision = byText
            ? ManageLinkRecovery.DecideText(subscriber, ask.Contact, subscriber is not null && await suppressions.IsSuppressedAsync(Channel.Sms, ask.Contact, cancellationToken))
            : ManageLinkRecovery.Decide(subscriber, ask.Contact);
        if (decision != ManageLinkDecision.Send)
        {
            return new ManageLinkResult(decision);
        }

        var token = tokens.Issue(TokenPurpose.Manage, subscriber!.Id, SubscriberService.ManageTokenLifetime);
        var link = links.Manage(subscriber.Id, token);
        var outcome = byText
            ? await confirmations.SendManageLinkTextAsync(subscriber.Id, subscriber.Phone!, link, MessageLocale.Of(subscriber), cancellationToken)
            : await confirmations.SendManageLinkRequestedAsync(subscriber.Id, subscriber.Email!, link, MessageLocale.Of(subscriber), cancellationToken);
        return new ManageLinkResult(decision, outcome);
    }
}
