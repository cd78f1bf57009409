namespace NewsAlerts.Core.Feeds;

using System.Text.Json.Serialization;

/// <summary>Whether a feed is polled, as <c>health.polling</c> names it (<see cref="FeedPolling"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeedPollingState>))]
public enum FeedPollingState
{
    /// <summary>Polled at <c>nextPoll</c>.</summary>
    [JsonStringEnumMemberName("scheduled")]
    Scheduled,

    /// <summary>Not polled: paused (by an editor, or by <c>dev --no-demo</c>) until resumed; <c>nextPoll</c> is null.</summary>
    [JsonStringEnumMemberName("paused")]
    Paused,

    /// <summary>Not polled: the feed answered <c>410 Gone</c>, until an editor resumes it; <c>nextPoll</c> is null.</summary>
    [JsonStringEnumMemberName("gone")]
    Gone,
}
