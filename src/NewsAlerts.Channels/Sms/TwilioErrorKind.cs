namespace NewsAlerts.Channels.Sms;

/// <summary>What a Twilio error code says about the number, the message or us (<see cref="TwilioErrors.Of"/>).</summary>
public enum TwilioErrorKind
{
    /// <summary>
    /// The number opted out (replied STOP at the carrier): it goes on the suppression list for every subscription, and
    /// only START from the phone lifts it (<see cref="NewsAlerts.Core.Delivery.SendOutcome.ContactRefused"/>).
    /// </summary>
    OptedOut,

    /// <summary>
    /// The number cannot receive our texts for good (invalid, nonexistent, a landline, blocked from receiving them): the
    /// subscriber's texts are disabled (the person adds a number again from the manage page, which confirms it) and the
    /// message is not retried. Not a suppression: nobody withdrew consent.
    /// </summary>
    NumberUnusable,

    /// <summary>The handset or the network is away for now: the send is retried (then dead-lettered); a callback only fails the message.</summary>
    Transient,

    /// <summary>
    /// Our configuration is wrong (the sending number, the credentials, the account's trial state or region permissions):
    /// every message fails alike until an operator fixes the setting the row names (<see cref="TwilioError.Setting"/>).
    /// The number is not blamed and the message is not dropped: the send is retried, then its batch is dead-lettered with
    /// a reason naming the setting, and it is logged at error (a callback fails the message and is logged at error too).
    /// </summary>
    OurConfiguration,

    /// <summary>
    /// This message or our account was refused (carrier filtering of our content, our sender's registration, a request
    /// Twilio refuses): the message fails for good, the number stays enabled, an operator reads the
    /// code in the ledger. Also every code not in the table.
    /// </summary>
    MessageRefused,
}
