namespace NewsAlerts.Core.Delivery;

using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Words;

/// <summary>
/// SMS: a confirmed number gets alerts up to the subscriber's urgency threshold; the first carries the STOP line;
/// every text carries the story's short link (a page of its own for a story with no URL, <c>/api/a/{code}</c>);
/// Twilio calls back with delivery statuses; a carrier opt-out disables the number and suppresses it.
/// </summary>
internal sealed class SmsChannel : AlertChannel
{
    public override Channel Kind => Channel.Sms;

    public override string Name => "sms";

    public override string Queue => "sms-alerts";

    public override bool HasStatusCallbacks => true;

    public override SuppressionReason RefusalReason => SuppressionReason.ProviderOptOut;

    public override bool Wants(Subscriber subscriber, int urgency) => subscriber.WantsSms(urgency);

    public override string? ContactOf(Subscriber subscriber) => subscriber.Phone;

    public override Subscriber Disable(Subscriber subscriber) => subscriber with { SmsStatus = ContactStatus.Disabled };

    public override Subscriber? AfterSent(Subscriber subscriber) => subscriber.SmsWelcomed ? null : subscriber with { SmsWelcomed = true };

    public override string Normalize(string trimmedContact) => ContactValidation.Phone(trimmedContact).E164 ?? trimmedContact;

    public override int ConcurrencyOf(IChannelConcurrency settings) => settings.SmsConcurrency;

    public override Task<SendOutcome> SendAsync(
        IEmailSender email, ISmsSender sms, AlertLinks links, DeliveryBatch batch, BatchRecipient recipient, Subscriber subscriber, CancellationToken cancellationToken) =>
        sms.SendAsync(
            new SmsAlertRequest(
                subscriber.Id, subscriber.Phone!, batch.Content, ReasonWords.Of(recipient.Reason, subscriber.Language),
                links.ShortLink(batch.Content.ArticleId), links.SmsStatusCallback(), !subscriber.SmsWelcomed, subscriber.Language),
            cancellationToken);
}
