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

    /// <summary>A version that withdraws a stored story (ninjs <c>pubstatus: "canceled"</c>): store it, send follow-ups to its earlier recipients.</summary>
    Withdrawal,

    /// <summary>A newer version marked as a major correction: store it, send follow-ups to its earlier recipients, alert nobody new.</summary>
    MajorCorrection,

    /// <summary>A withdrawal or major correction of a story never published here: refused, nothing changes.</summary>
    UnknownStory,

    /// <summary>A newer, not withdrawn version of a withdrawn story: refused, nothing changes.</summary>
    AfterWithdrawal,
}
