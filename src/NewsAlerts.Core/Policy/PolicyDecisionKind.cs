namespace NewsAlerts.Core.Policy;

using System.Text.Json.Serialization;

/// <summary>What the delivery policy does with one planned alert; nothing is dropped without a record.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PolicyDecisionKind>))]
public enum PolicyDecisionKind
{
    /// <summary>Send on this channel now.</summary>
    SendNow,

    /// <summary>Send on this channel at the end of the subscriber's quiet hours.</summary>
    Schedule,

    /// <summary>Record as an entry of the subscriber's next email digest.</summary>
    Digest,

    /// <summary>Not sent: an SMS that would be stale after quiet hours, for a subscriber with no confirmed email (recorded in the ledger).</summary>
    HeldStale,

    /// <summary>Not sent: over the daily SMS cap, for a subscriber with no confirmed email (recorded in the ledger).</summary>
    HeldByCap,

    /// <summary>Not for this channel: the story is less urgent than the subscriber's SMS threshold for the topic.</summary>
    NotWanted,
}
