namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Dispatch;

/// <summary>What the records say of an earlier version's alert to one subscriber on one channel.</summary>
/// <param name="Standing">Where it stands.</param>
/// <param name="At">For <see cref="EarlierStanding.InDigest"/> when the digest is due; for <see cref="EarlierStanding.AfterQuietHours"/> when the text is planned for (UTC); else null.</param>
/// <param name="NotSentAs">For <see cref="EarlierStanding.NotSent"/> the ledger state (failed, skipped, held by cap, held as stale, dead-lettered); else null.</param>
/// <param name="Reason">For <see cref="EarlierStanding.NotSent"/> with <see cref="LedgerState.Skipped"/> the ledger's reason (a fixed phrase: "contact suppressed", "paused", "story withdrawn", ...); else null.</param>
public sealed record EarlierRecord(EarlierStanding Standing, DateTimeOffset? At = null, LedgerState? NotSentAs = null, string? Reason = null);
