namespace NewsAlerts.Core.Feeds;

/// <summary>What an editor registered for a feed and applies to each of its items.</summary>
/// <param name="FeedId">The registry's id for the feed; ids that are not URIs are qualified by it.</param>
/// <param name="FeedUrl">The feed's URL, against which relative links are resolved.</param>
/// <param name="SourceName">The publisher's name shown in alerts; the feed's title when null.</param>
/// <param name="Language">The language used when neither the item nor the feed names one (ISO 639-1, e.g. <c>en</c>).</param>
/// <param name="Urgency">IPTC urgency given to the feed's items, 1 (flash) to 9.</param>
/// <param name="Subjects">
/// Category to subject, matched ignoring case (e.g. <c>"World/Middle East" -> "medtop:16000000"</c>); a category not in
/// the map is kept as written, as a label.
/// </param>
public sealed record FeedDefaults(
    string FeedId,
    Uri FeedUrl,
    string? SourceName,
    string? Language,
    int Urgency,
    IReadOnlyDictionary<string, string> Subjects);
