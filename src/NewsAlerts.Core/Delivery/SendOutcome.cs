namespace NewsAlerts.Core.Delivery;

/// <summary>The result of one send attempt.</summary>
/// <param name="Status">Sent, transient or permanent failure.</param>
/// <param name="ProviderMessageId">The provider's id (SMTP queue id or Message-ID, Twilio message SID) when sent.</param>
/// <param name="Reason">Why it failed, for the ledger and the logs (no personal data).</param>
/// <param name="ProviderErrorCode">The provider's error code, e.g. Twilio 21610, when it gave one.</param>
/// <param name="RetryAfter">How long the provider asked us to wait (HTTP Retry-After), when it did.</param>
public sealed record SendOutcome(
    SendStatus Status,
    string? ProviderMessageId = null,
    string? Reason = null,
    string? ProviderErrorCode = null,
    TimeSpan? RetryAfter = null)
{
    /// <summary>A successful send.</summary>
    public static SendOutcome Sent(string providerMessageId) => new(SendStatus.Sent, providerMessageId);

    /// <summary>A failure worth retrying.</summary>
    public static SendOutcome Transient(string reason, TimeSpan? retryAfter = null, string? code = null) =>
        new(SendStatus.TransientFailure, Reason: reason, ProviderErrorCode: code, RetryAfter: retryAfter);

    /// <summary>A failure that will not go away.</summary>
    public static SendOutcome Permanent(string reason, string? code = null) =>
        new(SendStatus.PermanentFailure, Reason: reason, ProviderErrorCode: code);
}
