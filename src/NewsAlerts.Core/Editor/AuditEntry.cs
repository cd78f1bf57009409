namespace NewsAlerts.Core.Editor;

/// <summary>One line of a story's audit: who did what to which version, when, and what it sent.</summary>
/// <param name="ArticleId">The story.</param>
/// <param name="Version">The version published.</param>
/// <param name="Action">What it was.</param>
/// <param name="By">Who did it.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Urgency">The version's urgency (1 most urgent).</param>
/// <param name="Emails">Email alerts or follow-ups queued.</param>
/// <param name="Texts">SMS alerts or follow-ups queued (now or after quiet hours).</param>
/// <param name="Note">The editor's note of a retraction or correction, else null.</param>
/// <param name="TextsScheduled">Of <paramref name="Texts"/>, those scheduled for the end of their recipients' quiet hours.</param>
/// <param name="TextsScheduledUntil">The latest end of quiet hours among <paramref name="TextsScheduled"/> (UTC); null when none, or for entries written before it was recorded.</param>
/// <param name="DigestEntriesDropped">A retraction's: the story's pending email digest entries it removed (not sent: "story withdrawn").</param>
/// <param name="TextsHeld">Texts held when planned (daily cap, stale after quiet hours): not in <paramref name="Texts"/>, but written to the ledger at once.</param>
/// <param name="DigestEntriesMovedByCap">
/// Email digest entries a daily cap put there (an email or a text over its cap, <see cref="Planning.DigestEntryParts.MovedByCap"/>):
/// the story page says how many of its digest entries they are (trial s44 #5); 0 for entries written before it was recorded.
/// </param>
/// <param name="Missed">
/// For a retraction or correction: people who had received the story but got no follow-up, having since stopped alerts
/// (<see cref="FollowUps.MissedFollowUps"/>).
/// </param>
public sealed record AuditEntry(
    string ArticleId, int Version, EditorAction Action, EditorIdentity By, DateTimeOffset At, int Urgency, int Emails, int Texts, string? Note,
    int TextsScheduled = 0, int TextsHeld = 0, int Missed = 0, DateTimeOffset? TextsScheduledUntil = null, int DigestEntriesDropped = 0,
    int DigestEntriesMovedByCap = 0);
