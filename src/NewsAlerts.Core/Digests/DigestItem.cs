namespace NewsAlerts.Core.Digests;

/// <summary>One story in a digest email.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Source">Its publisher, if known.</param>
/// <param name="PublishedLocal">When it was published, on the subscriber's clock and in their language, the zone named (<see cref="Words.MomentWords"/>: <c>30 November 2026, 06:45 (Paris time)</c>).</param>
/// <param name="Reason">Why it matched, worded in the digest's language (<see cref="Words.ReasonWords"/>).</param>
/// <param name="Url">Where to read it.</param>
/// <param name="Version">The article version the digest tells of (<see cref="Articles.Article.Version"/>; 1 when not given).</param>
/// <param name="StoredReason">
/// The reason as stored (<see cref="DigestEntry.Reason"/>, <see cref="NewsAlerts.Matching.Explanations.MatchReasonText"/>'s
/// value), for the history, which words it when shown so a later change of language re-words digest rows too (issue 16);
/// null when not known (then the history keeps <paramref name="Reason"/>'s words).
/// </param>
public sealed record DigestItem(string ArticleId, string Headline, string? Source, string PublishedLocal, string Reason, Uri? Url, int Version = 1, string? StoredReason = null);
