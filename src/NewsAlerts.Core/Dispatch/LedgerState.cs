namespace NewsAlerts.Core.Dispatch;

using System.Text.Json.Serialization;

/// <summary>Where one (article, subscriber, channel) alert stands in the delivery ledger.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LedgerState>))]
public enum LedgerState
{
    /// <summary>A worker took it and is sending; if a worker finds this later, the sender crashed mid-way.</summary>
    Claimed,

    /// <summary>The last attempt failed for now; known not sent; the next delivery of the batch tries again.</summary>
    Retrying,

    /// <summary>The provider accepted it.</summary>
    Sent,

    /// <summary>The provider reported it delivered.</summary>
    Delivered,

    /// <summary>It will never go: permanent provider error (the reason says which).</summary>
    Failed,

    /// <summary>Not sent on purpose: the subscriber left, or no longer wants this channel, or the story was withdrawn before it went (the reason says which).</summary>
    Skipped,

    /// <summary>Not sent on purpose: a text held by quiet hours would have been stale by their end, and no email could take it.</summary>
    HeldStale,

    /// <summary>Not sent on purpose: over the subscriber's daily cap for the channel, and no email digest could take it.</summary>
    HeldByCap,

    /// <summary>
    /// Its batch was dead-lettered while it was still retrying (<see cref="DeadLettering"/>): known not sent, and not
    /// coming unless an operator replays the batch, which tries it again exactly like a retry.
    /// </summary>
    DeadLettered,
}
