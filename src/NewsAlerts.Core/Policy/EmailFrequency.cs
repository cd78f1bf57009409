namespace NewsAlerts.Core.Policy;

using System.Text.Json.Serialization;

/// <summary>How often a subscriber's email alerts go out: at once, or gathered into a digest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmailFrequency>))]
public enum EmailFrequency
{
    /// <summary>One email per matching story, as it happens.</summary>
    Immediate,

    /// <summary>One digest at the top of every local hour that had matches.</summary>
    Hourly,

    /// <summary>One digest a day at the subscriber's local time.</summary>
    Daily,

    /// <summary>One digest a week on the subscriber's weekday and local time.</summary>
    Weekly,
}
