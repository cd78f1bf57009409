namespace NewsAlerts.Core.ManageLinks;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;

/// <summary>
/// Handles one manage-link request (<see cref="ManageLinkMessage"/>): finds the subscriber of the address, asks
/// <see cref="ManageLinkRecovery.Decide"/>, and when it says so emails a fresh manage link (valid as long as the one
/// sent on confirmation) through the confirmation sender. The Dispatcher's queue worker settles the message from the
/// result (<see cref="ManageLinkSettlement.After"/>).
/// </summary>
public sealed class ManageLinkMailer(ISubscriberStore subscribers, IConfirmationSender confirmations, AlertLinks links, TokenSigner tokens)
{
    /// <summary>Handles the request for <paramref name="email"/> (an address in canonical form).</summary>
    /// <returns>What was decided and, when a link was due, the send's outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> is null.</exception>
    public async Task<ManageLinkResult> HandleAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var id = await subscribers.FindIdByEmailAsync(email, cancellationToken);
        var subscriber = id is null ? null : await subscribers.GetAsync(id, cancellationToken);
        var decision = ManageLinkRecovery.Decide(subscriber, email);
        if (decision != ManageLinkDecision.Send)
        {
            return new ManageLinkResult(decision);
        }

        var token = tokens.Issue(TokenPurpose.Manage, subscriber!.Id, SubscriberService.ManageTokenLifetime);
        var outcome = await confirmations.SendManageLinkRequestedAsync(subscriber.Id, subscriber.Email!, links.Manage(subscriber.Id, token), MessageLocale.Of(subscriber), cancellationToken);
        return new ManageLinkResult(decision, outcome);
    }
}
