namespace NewsAlerts.Core.Delivery;

/// <summary>How an alert reaches a subscriber.</summary>
public enum Channel
{
    /// <summary>Email through SMTP.</summary>
    Email,

    /// <summary>SMS through Twilio.</summary>
    Sms,
}
