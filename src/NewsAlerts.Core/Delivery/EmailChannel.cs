namespace NewsAlerts.Core.Delivery;

using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Words;

/// <summary>Email: every confirmed address gets every alert; a hard bounce disables it and suppresses the address.</summary>
internal sealed class EmailChannel : AlertChannel
{
    public override Channel Kind => Channel.Email;

    public override string Name => "email";

    public override string Queue => "email-alerts";

    public override bool HasStatusCallbacks => false;

    public override SuppressionReason RefusalReason => SuppressionReason.HardBounce;

    public override bool Wants(Subscriber subscriber, int urgency) => subscriber.WantsEmail;

    public override string? ContactOf(Subscriber subscriber) => subscriber.Email;

    public override Subscriber Disable(Subscriber subscriber) => subscriber with { EmailStatus = ContactStatus.Disabled };

    public override Subscriber? AfterSent(Subscriber subscriber) => null;

    public override string Normalize(string trimmedContact) => trimmedContact.ToLowerInvariant();

    public override int ConcurrencyOf(IChannelConcurrency settings) => settings.EmailConcurrency;

    public override Task<SendOutcome> SendAsync(
        IEmailSender email, ISmsSender sms, AlertLinks links, DeliveryBatch batch, BatchRecipient recipient, Subscriber subscriber, CancellationToken cancellationToken) =>
        email.SendAsync(
            new EmailAlertRequest(subscriber.Id, subscriber.Email!, links.Linked(batch.Content), ReasonWords.Of(recipient.Reason, subscriber.Language), links.Manage(subscriber.Id), links.Unsubscribe(subscriber.Id),
                $"{batch.LedgerKey}|{subscriber.Id}|email", subscriber.TimeZone, subscriber.Language),
            cancellationToken);
}
