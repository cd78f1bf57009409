namespace NewsAlerts.Core.Feeds;

/// <summary>A feed as an editor registered it at <c>/api/feeds</c>.</summary>
/// <param name="Id">The registry's id (sortable by creation time).</param>
/// <param name="Url">The URL the editor gave (a permanent redirect is recorded in <see cref="FeedState.Url"/>, not here).</param>
/// <param name="Interval">How often the feed is polled when all is well; never below the service's floor.</param>
/// <param name="Urgency">IPTC urgency given to the feed's items, 1 (flash) to 9.</param>
/// <param name="Language">The fallback language (ISO 639-1), or null to use the feed's own.</param>
/// <param name="SourceName">The publisher's name shown in alerts, or null for the feed's title.</param>
/// <param name="Subjects">Category to subject, matched ignoring case.</param>
/// <param name="Paused">True while an editor has paused the feed: it is not polled.</param>
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
    /// <summary>What each item of the feed is given, fetched from <paramref name="fetchedFrom"/>.</summary>
    public FeedDefaults Defaults(Uri fetchedFrom) => new(Id, fetchedFrom, SourceName, Language, Urgency, Subjects);
}
