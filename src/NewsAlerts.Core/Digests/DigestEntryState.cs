namespace NewsAlerts.Core.Digests;

using System.Text.Json.Serialization;

/// <summary>Where a digest entry stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DigestEntryState>))]
public enum DigestEntryState
{
    /// <summary>Waiting for its digest.</summary>
    Pending,

    /// <summary>Its digest was sent (kept so a retraction can reach the digest's reader).</summary>
    Sent,
}
