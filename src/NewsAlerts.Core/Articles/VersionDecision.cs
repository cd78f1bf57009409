namespace NewsAlerts.Core.Articles;

using System.Text.Json.Serialization;

/// <summary>What publishing an article means given what is already stored for its id.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VersionDecision>))]
public enum VersionDecision
{
    /// <summary>A story not seen before: store and alert.</summary>
    NewStory,

    /// <summary>The same id and version again: nothing to store or send.</summary>
    Duplicate,

    /// <summary>An older version than stored: refused, nothing changes.</summary>
    Stale,

    /// <summary>A newer version with no higher urgency: store, alert nobody.</summary>
    Correction,

    /// <summary>A newer version whose urgency rose: store and alert (the ledger keeps alerts already sent from repeating).</summary>
    Upgrade,
}
