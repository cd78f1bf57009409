namespace NewsAlerts.Core.Delivery;

/// <summary>What an alert says about an article; the same for every recipient of a batch.</summary>
/// <param name="ArticleId">The article's id (its ninjs uri or id).</param>
/// <param name="ArticleVersion">The article version this alert was planned for.</param>
/// <param name="Headline">The headline, plain text (not escaped: senders escape for their format).</param>
/// <param name="Summary">A short plain-text summary (the description or the start of the body).</param>
/// <param name="Url">Where to read the article, when it has a public URL.</param>
/// <param name="Source">The publisher, e.g. "The Straits Times".</param>
/// <param name="Urgency">IPTC urgency 1 (most urgent) to 9.</param>
/// <param name="PublishedAt">When the article was published.</param>
public sealed record AlertContent(
    string ArticleId,
    string ArticleVersion,
    string Headline,
    string Summary,
    Uri? Url,
    string? Source,
    int Urgency,
    DateTimeOffset PublishedAt)
{
    /// <summary>Breaking news: urgency 1 or 2.</summary>
    public bool IsBreaking => Urgency <= 2;
}
