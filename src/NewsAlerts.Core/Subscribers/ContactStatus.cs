namespace NewsAlerts.Core.Subscribers;

using System.Text.Json.Serialization;

/// <summary>Where an email address or phone number stands; only <see cref="Confirmed"/> receives alerts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContactStatus>))]
public enum ContactStatus
{
    /// <summary>No address or number given.</summary>
    None,

    /// <summary>Given but not yet confirmed (double opt-in).</summary>
    Pending,

    /// <summary>Confirmed: alerts are sent.</summary>
    Confirmed,

    /// <summary>The subscriber opted out (unsubscribe link, STOP reply).</summary>
    OptedOut,

    /// <summary>The provider refused it for good (invalid number, blocked address).</summary>
    Disabled,
}
