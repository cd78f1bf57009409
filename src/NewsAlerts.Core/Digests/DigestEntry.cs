namespace NewsAlerts.Core.Digests;

/// <summary>
/// One match waiting for (or sent in) a subscriber's digest: keys, not bodies, so a digest batch stays small; the
/// headline and source are read from the article store when the digest is written.
/// </summary>
/// <param name="SubscriberId">Whose digest.</param>
/// <param name="DueAt">The digest's due time (UTC, whole minutes), from <see cref="Policy.DigestClock.NextDue"/>.</param>
/// <param name="ArticleId">The story's article id (one entry per story: a later version replaces the entry).</param>
/// <param name="TopicId">The subscriber's topic that matched, for grouping by topic; null when unknown.</param>
/// <param name="Reason">Why it matched, as <see cref="NewsAlerts.Matching.Explanations.MatchReasonText"/> writes it (worded when shown, <see cref="Words.ReasonWords"/>).</param>
/// <param name="PublishedAt">When the article was published (digests list newest first).</param>
/// <param name="State">Pending until the digest is sent.</param>
public sealed record DigestEntry(
    string SubscriberId, DateTimeOffset DueAt, string ArticleId, string? TopicId, string Reason, DateTimeOffset PublishedAt,
    DigestEntryState State = DigestEntryState.Pending);
