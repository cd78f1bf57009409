namespace NewsAlerts.Core.Delivery;

using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Everything that differs between email and SMS, in one type per channel (<see cref="Email"/>, <see cref="Sms"/>):
/// the queue, whether a subscriber wants an alert, the contact, what a permanent failure or a first send changes,
/// the request built for the provider, and the setting that bounds concurrency. <see cref="Channel"/> stays the wire
/// value (batches, ledger keys); code asks <see cref="For"/> instead of branching on it.
/// </summary>
public abstract class AlertChannel
{
    private protected AlertChannel()
    {
    }

    /// <summary>Email through SMTP.</summary>
    public static AlertChannel Email { get; } = new EmailChannel();

    /// <summary>SMS through Twilio.</summary>
    public static AlertChannel Sms { get; } = new SmsChannel();

    /// <summary>Every channel.</summary>
    public static IReadOnlyList<AlertChannel> All { get; } = [Email, Sms];

    /// <summary>The wire value.</summary>
    public abstract Channel Kind { get; }

    /// <summary>The lower-case name used in telemetry and contact keys: <c>email</c> or <c>sms</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The Service Bus queue of its batches.</summary>
    public abstract string Queue { get; }

    /// <summary>Whether the provider calls back with delivery statuses (so the ledger maps provider ids back to alerts).</summary>
    public abstract bool HasStatusCallbacks { get; }

    /// <summary>Why a contact the provider refused for good is suppressed (hard bounce, carrier opt-out).</summary>
    public abstract SuppressionReason RefusalReason { get; }

    /// <summary>The channel of a wire value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined value.</exception>
    public static AlertChannel For(Channel channel) => channel switch
    {
        Channel.Email => Email,
        Channel.Sms => Sms,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a channel."),
    };

    /// <summary>Whether <paramref name="subscriber"/> gets an alert of this <paramref name="urgency"/> (1 breaking .. 9) on this channel.</summary>
    public abstract bool Wants(Subscriber subscriber, int urgency);

    /// <summary>The subscriber's address or number on this channel, or null when they have none.</summary>
    public abstract string? ContactOf(Subscriber subscriber);

    /// <summary>The subscriber with this channel disabled (after a permanent provider failure).</summary>
    public abstract Subscriber Disable(Subscriber subscriber);

    /// <summary>The subscriber as a successful send leaves them, or null when unchanged (the SMS welcome is sent once).</summary>
    public abstract Subscriber? AfterSent(Subscriber subscriber);

    /// <summary>A contact in the form suppression is keyed by (email in lower case, phone in E.164), without the channel prefix.</summary>
    public abstract string Normalize(string trimmedContact);

    /// <summary>How many batches of this channel one replica handles at once.</summary>
    public abstract int ConcurrencyOf(IChannelConcurrency settings);

    /// <summary>Builds the provider request for one recipient of <paramref name="batch"/> and sends it with this channel's sender.</summary>
    public abstract Task<SendOutcome> SendAsync(
        IEmailSender email, ISmsSender sms, AlertLinks links, DeliveryBatch batch, BatchRecipient recipient, Subscriber subscriber, CancellationToken cancellationToken);

    /// <inheritdoc />
    public override string ToString() => Name;
}
