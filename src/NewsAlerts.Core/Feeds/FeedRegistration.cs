namespace NewsAlerts.Core.Feeds;

/// <summary>A feed as an editor registered it at <c>/api/feeds</c>.</summary>
/// <param name="Id">The registry's id (sortable by creation time).</param>
/// <param name="Url">The URL the editor gave (a permanent redirect is recorded in <see cref="FeedState.Url"/>, not here).</param>
/// <param name="Interval">How often the feed is polled when all is well; never below the service's floor.</param>
/// <param name="Urgency">IPTC urgency given to the feed's items, 1 (flash) to 9.</param>
/// <param name="Language">The fallback language (ISO 639-1), or null to use the feed's own.</param>
/// <param name="SourceName">The publisher's name shown in alerts, or null for the feed's title.</param>
/// <param name="Subjects">Category to subject, matched ignoring case.</param>
/// <param name="Paused">True while the feed is paused (by an editor, or by <c>dev --no-demo</c>: <see cref="PausedBy"/>): it is not polled.</param>
/// <param name="CreatedAt">When it was registered.</param>
public sealed record FeedRegistration(
    string Id,
    Uri Url,
    TimeSpan Interval,
    int Urgency,
    string? Language,
    string? SourceName,
    IReadOnlyDictionary<string, string> Subjects,
    bool Paused,
    DateTimeOffset CreatedAt)
{
    /// <summary>
    /// Who paused the feed, as the pause request said (<c>PATCH {"paused": true, "pausedBy": "..."}</c>), or null: an editor
    /// who gave no name. Cleared by a resume, replaced by the next pause. <c>dev --no-demo</c> pauses the demo's feeds as
    /// <c>dev --no-demo</c> and a later <c>dev</c> resumes only the feeds so marked, never one an editor paused (session 44).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? PausedBy { get; init; }

    /// <summary>When the feed was last paused, or null while it is not paused (and for feeds paused before this was kept).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? PausedAt { get; init; }

    /// <summary>
    /// When an editor last resumed the feed (<c>PATCH {"paused": false}</c>), or null. Kept on the registration, the row editors
    /// own, so a resume is never lost to a poll holding the feed's lease: a poll that ends gone (<c>410</c>) after a resume that
    /// came while it ran gives way to the resume (<see cref="FeedHealth.ResumedBy"/>).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ResumedAt { get; init; }

    /// <summary>
    /// When an editor last acknowledged the feed's flood (<c>PATCH {"floodAcknowledged": true}</c>), or null: a flood read at or
    /// before it is no longer shown (<see cref="FeedHealth.FloodShown"/>). Kept with the registration, as a resume is, so no poll's
    /// state write can lose it.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? FloodAcknowledgedAt { get; init; }

    /// <summary>What each item of the feed is given, fetched from <paramref name="fetchedFrom"/>.</summary>
    public FeedDefaults Defaults(Uri fetchedFrom) => new(Id, fetchedFrom, SourceName, Language, Urgency, Subjects);
}
