namespace NewsAlerts.Core.Feeds;

/// <summary>One item of a feed as read, before it becomes an article: the fields every format has, raw (HTML kept).</summary>
/// <param name="Guid">RSS <c>guid</c>, Atom <c>id</c>, RSS 1.0 <c>rdf:about</c> or JSON Feed <c>id</c>; null when absent.</param>
/// <param name="GuidIsPermaLink">False when RSS marks the GUID <c>isPermaLink="false"</c>; true otherwise.</param>
/// <param name="Link">The item's link, already made absolute against <c>xml:base</c> and the feed's URL when it could be.</param>
/// <param name="Title">The title (may hold HTML entities or markup).</param>
/// <param name="ContentHtml">The full content (<c>content:encoded</c>, Atom <c>content</c>, JSON <c>content_html</c>/<c>content_text</c>).</param>
/// <param name="SummaryHtml">The description or summary.</param>
/// <param name="PublishedText">The publication time as written in the feed, for the record when it could not be read.</param>
/// <param name="Published">The publication time, when it could be read.</param>
/// <param name="Categories">The item's categories or tags, as written.</param>
/// <param name="Language">The item's language (<c>xml:lang</c>, JSON <c>language</c>) or the feed's; null when unknown.</param>
public sealed record FeedItem(
    string? Guid,
    bool GuidIsPermaLink,
    string? Link,
    string? Title,
    string? ContentHtml,
    string? SummaryHtml,
    string? PublishedText,
    DateTimeOffset? Published,
    IReadOnlyList<string> Categories,
    string? Language);
