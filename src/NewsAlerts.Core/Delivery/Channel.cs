namespace NewsAlerts.Core.Delivery;

using System.Text.Json.Serialization;

/// <summary>How an alert reaches a subscriber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Channel>))]
public enum Channel
{
    /// <summary>Email through SMTP.</summary>
    Email,

    /// <summary>SMS through Twilio.</summary>
    Sms,
}
