namespace NewsAlerts.Core.Suppression;

/// <summary>Why a contact must not be sent to.</summary>
public enum SuppressionReason
{
    /// <summary>An SMS reply from the number with an opt-out word (STOP and its synonyms).</summary>
    OptOutReply,

    /// <summary>The one-click unsubscribe of an email (RFC 8058).</summary>
    Unsubscribe,

    /// <summary>"Stop everything" from the manage link.</summary>
    StopEverything,

    /// <summary>The receiving mail server refused the address permanently (SMTP 5xx on RCPT).</summary>
    HardBounce,

    /// <summary>The SMS provider refuses the number because it opted out at the carrier (Twilio 21610).</summary>
    ProviderOptOut,
}
