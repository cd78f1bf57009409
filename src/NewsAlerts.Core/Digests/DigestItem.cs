namespace NewsAlerts.Core.Digests;

/// <summary>One story in a digest email.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Source">Its publisher, if known.</param>
/// <param name="PublishedLocal">When it was published, on the subscriber's clock and in their language, the zone named (<see cref="Words.MomentWords"/>: <c>30 November 2026, 06:45 (Paris time)</c>).</param>
/// <param name="Reason">Why it matched.</param>
/// <param name="Url">Where to read it.</param>
/// <param name="Version">The article version the digest tells of (<see cref="Articles.Article.Version"/>; 1 when not given).</param>
public sealed record DigestItem(string ArticleId, string Headline, string? Source, string PublishedLocal, string Reason, Uri? Url, int Version = 1);
