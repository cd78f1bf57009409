namespace NewsAlerts.Core.Delivery;

/// <summary>The result of one send attempt.</summary>
/// <param name="Status">Sent, transient or permanent failure.</param>
/// <param name="ProviderMessageId">The provider's id (SMTP queue id or Message-ID, Twilio message SID) when sent.</param>
/// <param name="Reason">Why it failed, for the ledger and the logs (no personal data).</param>
/// <param name="ProviderErrorCode">The provider's error code, e.g. Twilio 21610, when it gave one.</param>
/// <param name="RetryAfter">How long the provider asked us to wait (HTTP Retry-After), when it did.</param>
/// <param name="ContactRefused">
/// The contact itself refuses mail or texts for good (a hard bounce: SMTP 5xx on RCPT; Twilio 21610, opted out at the
/// carrier): it goes on the suppression list for every subscription.
/// </param>
/// <param name="MessageOnly">
/// A permanent failure of this message, not of the contact (carrier filtering of our content, our sender's registration,
/// a request the provider refuses): the ledger records it failed, it is not retried, and the contact stays enabled.
/// Any other permanent failure disables the subscriber's channel (<see cref="NewsAlerts.Core.Dispatch.RecipientDecisions.AfterSend"/>).
/// </param>
public sealed record SendOutcome(
    SendStatus Status,
    string? ProviderMessageId = null,
    string? Reason = null,
    string? ProviderErrorCode = null,
    TimeSpan? RetryAfter = null,
    bool ContactRefused = false,
    bool MessageOnly = false)
{
    /// <summary>A successful send.</summary>
    public static SendOutcome Sent(string providerMessageId) => new(SendStatus.Sent, providerMessageId);

    /// <summary>A failure worth retrying.</summary>
    public static SendOutcome Transient(string reason, TimeSpan? retryAfter = null, string? code = null) =>
        new(SendStatus.TransientFailure, Reason: reason, ProviderErrorCode: code, RetryAfter: retryAfter);

    /// <summary>A failure of the contact that will not go away: the subscriber's channel is disabled.</summary>
    public static SendOutcome Permanent(string reason, string? code = null) =>
        new(SendStatus.PermanentFailure, Reason: reason, ProviderErrorCode: code);

    /// <summary>A failure because the contact refuses for good (hard bounce, carrier opt-out): see <see cref="ContactRefused"/>.</summary>
    public static SendOutcome Refused(string reason, string? code = null) =>
        new(SendStatus.PermanentFailure, Reason: reason, ProviderErrorCode: code, ContactRefused: true);

    /// <summary>A failure of this message that will not go away, the contact not blamed: see <see cref="MessageOnly"/>.</summary>
    public static SendOutcome Rejected(string reason, string? code = null) =>
        new(SendStatus.PermanentFailure, Reason: reason, ProviderErrorCode: code, MessageOnly: true);
}
