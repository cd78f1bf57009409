namespace NewsAlerts.Core.Planning;

/// <summary>Who an article reaches: what the editor sees before (dry run) and after publishing.</summary>
/// <param name="MatchedSubscriptions">Topics that matched.</param>
/// <param name="MatchedSubscribers">Distinct subscribers with at least one matching topic.</param>
/// <param name="EmailAlerts">Email alerts sent now.</param>
/// <param name="SmsAlerts">SMS alerts sent now.</param>
/// <param name="Batches">Delivery batches queued (now and scheduled).</param>
/// <param name="EmailDigestEntries">Matches recorded for subscribers' next email digests (at most one per subscriber and digest); why each is there: <paramref name="EmailDigestEntryParts"/>.</param>
/// <param name="SmsScheduled">Texts scheduled for the end of their recipients' quiet hours.</param>
/// <param name="SmsHeldByCap">Texts held back by a daily cap (recipients without a confirmed email; the ledger records them).</param>
/// <param name="SmsHeldStale">Texts held back as stale by the end of quiet hours (recipients without a confirmed email; recorded in the ledger).</param>
/// <param name="FollowUpEmails">Follow-up emails of a withdrawal or major correction (earlier recipients, digest readers included).</param>
/// <param name="FollowUpSms">Follow-up texts of a withdrawal or major correction (earlier SMS recipients).</param>
/// <param name="EmailHeldByCap">Emails held back by a daily cap: moved to the subscriber's next digest (also counted in <paramref name="EmailDigestEntries"/>).</param>
/// <param name="SmsCappedToDigest">Texts over a daily cap moved to the subscriber's next email digest (also counted in <paramref name="EmailDigestEntries"/>).</param>
/// <param name="FollowUpsMissed">
/// People who received the story before a withdrawal or major correction but get no follow-up, having since stopped alerts
/// (<see cref="FollowUps.MissedFollowUps"/>).
/// </param>
/// <param name="Outcomes">
/// The matched subscribers by how the story reaches each (one outcome each, adding up to <paramref name="MatchedSubscribers"/>);
/// null where no policy plan was made (a follow-up's reach).
/// </param>
/// <param name="SmsScheduledUntil">The latest end of quiet hours among <paramref name="SmsScheduled"/> (UTC); null when none are scheduled.</param>
/// <param name="DigestEntriesDropped">A withdrawal's: the story's pending email digest entries it removed (they will not go).</param>
/// <param name="EmailDigestEntryParts">
/// <paramref name="EmailDigestEntries"/> by why each entry is there (chosen digest, moved by a daily cap, a stale text),
/// adding up to it; null where no policy plan was made.
/// </param>
public sealed record Reach(
    int MatchedSubscriptions, int MatchedSubscribers, int EmailAlerts, int SmsAlerts, int Batches,
    int EmailDigestEntries = 0, int SmsScheduled = 0, int SmsHeldByCap = 0, int SmsHeldStale = 0,
    int FollowUpEmails = 0, int FollowUpSms = 0, int EmailHeldByCap = 0, int SmsCappedToDigest = 0, MatchedOutcomes? Outcomes = null,
    int FollowUpsMissed = 0,
    DateTimeOffset? SmsScheduledUntil = null, int DigestEntriesDropped = 0, DigestEntryParts? EmailDigestEntryParts = null);
