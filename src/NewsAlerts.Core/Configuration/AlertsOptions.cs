namespace NewsAlerts.Core.Configuration;

using System.ComponentModel.DataAnnotations;

/// <summary>Settings of the alerting itself (section <c>Alerts</c>).</summary>
public sealed class AlertsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Alerts";

    /// <summary>The public https base URL of the Function App, for links in alerts (confirm, manage, unsubscribe).</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The key that signs confirmation, manage and unsubscribe tokens: base64, at least 32 bytes (a Key Vault reference in Azure).</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// The signing key before the last rotation (optional; base64, at least 32 bytes): tokens it signed still verify,
    /// so links already sent keep working until they expire. New tokens always use <see cref="SigningKey"/>.
    /// </summary>
    public string? PreviousSigningKey { get; set; }

    /// <summary>The service's name in texts (the answer to HELP); 1 to 30 characters.</summary>
    public string ServiceName { get; set; } = "NewsAlerts";

    /// <summary>Where subscribers get help, named in the answer to HELP: an email address or an absolute https URL.</summary>
    public string? ContactAddress { get; set; }

    /// <summary>How often each instance picks up subscriber changes made elsewhere, in seconds.</summary>
    [Range(1, 300)]
    public int IndexRefreshSeconds { get; set; } = 2;

    /// <summary>
    /// How old a story may be, in minutes, when a text held by quiet hours goes out at their end; an older one goes to the
    /// subscriber's email digest instead (or is recorded HeldStale without an email). 1 to 10080 (a week).
    /// </summary>
    [Range(1, 10080)]
    public int SmsStaleAfterMinutes { get; set; } = 240;

    /// <summary>
    /// The longest a sign-up or resend request waits for its confirmation messages (email and SMS together, retries and
    /// a provider's Retry-After included), in seconds, 1 to 60; past it the answer lists them in <c>notSent</c> (ask again
    /// with resend).
    /// </summary>
    [Range(1, 60)]
    public int ConfirmationDeadlineSeconds { get; set; } = 10;
}
