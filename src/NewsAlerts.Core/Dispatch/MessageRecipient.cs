namespace NewsAlerts.Core.Dispatch;

/// <summary>
/// Whom the ledger says a provider message (a Twilio MessageSid) went to (<see cref="IDeliveryLedger.RecipientOfAsync"/>):
/// a subscriber, an erased subscriber (<see cref="Erased"/>: the ledger kept only that the message was theirs), or
/// nobody the ledger knows (<see cref="Unknown"/>: a message it never recorded, or a callback that came first).
/// </summary>
/// <param name="SubscriberId">The subscriber it was sent to; null when erased or unknown.</param>
/// <param name="Erased">True when it was sent to a subscriber erased since: a status callback then acts on nobody.</param>
public readonly record struct MessageRecipient(string? SubscriberId, bool Erased)
{
    /// <summary>A message the ledger never recorded (or not yet).</summary>
    public static MessageRecipient Unknown => default;

    /// <summary>A message sent to a subscriber erased since.</summary>
    public static MessageRecipient Gone => new(null, true);

    /// <summary>A message sent to <paramref name="subscriberId"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriberId"/> is null.</exception>
    public static MessageRecipient Of(string subscriberId) =>
        new(subscriberId ?? throw new ArgumentNullException(nameof(subscriberId)), false);
}
