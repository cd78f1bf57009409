namespace NewsAlerts.Core.Delivery;

/// <summary>What an alert says about an article; the same for every recipient of a batch.</summary>
/// <param name="ArticleId">The article's id (its ninjs uri or id).</param>
/// <param name="ArticleVersion">The article version this alert was planned for.</param>
/// <param name="Headline">The headline, plain text (not escaped: senders escape for their format).</param>
/// <param name="Summary">A short plain-text summary (the description or the start of the body).</param>
/// <param name="Url">Where to read the article, when it has a public URL.</param>
/// <param name="Source">The publisher, e.g. "The Straits Times".</param>
/// <param name="Urgency">IPTC urgency 1 (most urgent) to 9.</param>
/// <param name="PublishedAt">When the article was published (for a follow-up: when the withdrawing or correcting version was).</param>
/// <param name="Notice">Set on a follow-up (the story was withdrawn or corrected); null on an alert.</param>
public sealed record AlertContent(
    string ArticleId,
    string ArticleVersion,
    string Headline,
    string Summary,
    Uri? Url,
    string? Source,
    int Urgency,
    DateTimeOffset PublishedAt,
    Articles.ArticleNotice? Notice = null)
{
    /// <summary>Breaking news: urgency 1 or 2, and not a follow-up (follow-ups carry urgency 1 so every channel that had the story takes them).</summary>
    public bool IsBreaking => Urgency <= 2 && Notice is null;
}
