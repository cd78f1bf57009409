namespace NewsAlerts.Core.FollowUps;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// Whether a follow-up (withdrawal or correction) goes to one recipient, decided right before its send (pure), and
/// what it says. It was planned from the ledger as it stood then, and a claim seen then may since have ended unsent
/// (skipped, failed, handed back) or sent as the corrected text; so the dispatcher reads the story and the recipient's
/// alert row again (<see cref="BatchDispatcher"/>) and sends only to someone who received the story: their alert row
/// Sent or Delivered (for a correction: as an older version than the correction's, or a version not recorded), or the
/// story in a digest sent to them. An alert still being sent waits (the follow-up goes round again), as does a follow-up
/// whose version is not stored yet (follow-ups are queued before it is stored: until then an alert claimed may still
/// read the old story and go out; a withdrawal is stored when the story reads withdrawn). A withdrawal that a newer live
/// version overtook is never sent, nor a correction of a story withdrawn since. Anyone else is recorded skipped with the reason, never sent.
/// </summary>
public static class FollowUpDecisions
{
    /// <summary>The ledger reason of a follow-up waiting for its withdrawal or correction to be stored.</summary>
    public const string NotStoredYetReason = "waiting for the withdrawal or correction to be stored";

    /// <summary>The ledger reason of a withdrawal not sent because a newer version, not withdrawn, was stored instead of it.</summary>
    public const string NotWithdrawnReason = "the story was not withdrawn: a newer version was stored instead";

    /// <summary>The ledger reason of a follow-up waiting for the send of the story's alert to be recorded.</summary>
    public const string AlertUnderWayReason = "waiting for the story's alert to be sent";

    /// <summary>The ledger reason of a follow-up not sent because its recipient never received the story.</summary>
    public const string NotReceivedReason = "they never received the story";

    /// <summary>The ledger reason of a correction not sent because the story's alert went out as the corrected version (or a later one).</summary>
    public const string AlreadyCorrectedReason = "their alert already carried the correction";

    /// <summary>Decides one recipient of a follow-up before its send. Null: send it (<see cref="ContentFor"/> gives its text).</summary>
    /// <param name="subscriberId">The recipient.</param>
    /// <param name="followUp">The follow-up's content (its <see cref="AlertContent.Notice"/> set).</param>
    /// <param name="story">The story as stored now; null when it cannot be found.</param>
    /// <param name="alert">The recipient's row of the story's alert on the follow-up's channel (ledger key: the article id); null when none.</param>
    /// <param name="inSentDigest">Whether a digest sent to the recipient carried the story (email follow-ups only).</param>
    /// <exception cref="ArgumentNullException"><paramref name="followUp"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="followUp"/> is not a follow-up.</exception>
    public static RecipientDecision? BeforeSend(string subscriberId, AlertContent followUp, Article? story, LedgerEntry? alert, bool inSentDigest)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        var notice = followUp.Notice ?? throw new ArgumentException("The content is an alert, not a follow-up.", nameof(followUp));
        var version = QueuedAlertContent.VersionOf(followUp);
        // A correction of a story withdrawn since is superseded: the withdrawal's own follow-up goes to everyone who
        // received the story, and telling them of a correction to a story taken back is noise (trial r43 #12: the
        // story page counts it not sent at once, DeliveryTally).
        if (notice.Kind == NoticeKind.Corrected && story?.IsWithdrawn == true)
        {
            return Record(subscriberId, RecipientResult.Skipped, LedgerState.Skipped, RecipientDecisions.StoryWithdrawnReason);
        }

        // A withdrawal is stored when the story reads withdrawn, not when its version number is reached: an editor may
        // withdraw the very version that went out, so until then the same number still reads live.
        if (story is null || story.Version < version || (notice.Kind == NoticeKind.Withdrawn && !story.IsWithdrawn && story.Version == version))
        {
            return Record(subscriberId, RecipientResult.Retrying, LedgerState.Retrying, NotStoredYetReason);
        }

        if (notice.Kind == NoticeKind.Withdrawn && !story.IsWithdrawn)
        {
            return Record(subscriberId, RecipientResult.Skipped, LedgerState.Skipped, NotWithdrawnReason);
        }

        if (Received(alert) && (notice.Kind == NoticeKind.Withdrawn || alert!.Version is not { } sentAs || sentAs < version))
        {
            return null;
        }

        if (inSentDigest)
        {
            return null;
        }

        return alert?.State == LedgerState.Claimed ? Record(subscriberId, RecipientResult.Retrying, LedgerState.Retrying, AlertUnderWayReason)
            : Received(alert) ? Record(subscriberId, RecipientResult.Skipped, LedgerState.Skipped, AlreadyCorrectedReason)
            : Record(subscriberId, RecipientResult.Skipped, LedgerState.Skipped, NotReceivedReason);
    }

    /// <summary>
    /// What a follow-up says to one recipient: a correction tells every correction's note since the newest version they
    /// received, up to the follow-up's, oldest first (<see cref="StoryCorrections.Since"/>): the version their alert went
    /// out as, or an earlier correction whose own follow-up reached them, whichever is newer, so a second correction never
    /// repeats the first to someone the first reached; every note up to it when neither is known (a digest, or a row
    /// written before versions were). A withdrawal is unchanged.
    /// </summary>
    /// <param name="followUp">The follow-up's content (its <see cref="AlertContent.Notice"/> set).</param>
    /// <param name="story">The story as stored now.</param>
    /// <param name="alert">The recipient's row of the story's alert on the follow-up's channel; null when none.</param>
    /// <param name="earlierCorrections">
    /// The recipient's rows of the story's earlier correction follow-ups on the channel (ledger keys
    /// <c>corrected:v{version}:{article id}</c>), each with <see cref="LedgerEntry.Version"/> set to its correction's
    /// version; only those Sent or Delivered count. Null or empty: none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="followUp"/> or <paramref name="story"/> is null.</exception>
    public static AlertContent ContentFor(AlertContent followUp, Article story, LedgerEntry? alert, IEnumerable<LedgerEntry>? earlierCorrections = null)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(story);
        if (followUp.Notice?.Kind != NoticeKind.Corrected)
        {
            return followUp;
        }

        var version = QueuedAlertContent.VersionOf(followUp);
        var told = (earlierCorrections ?? []).Where(c => Received(c) && c.Version < version).Select(c => c.Version ?? 0).DefaultIfEmpty(0).Max();
        var received = Math.Max(Received(alert) ? alert!.Version ?? 0 : 0, told);
        var notes = StoryCorrections.Since(story, received, version);
        return notes.Count == 0 ? followUp : followUp with { Summary = string.Join(' ', notes) };
    }

    private static bool Received(LedgerEntry? alert) => alert?.State is LedgerState.Sent or LedgerState.Delivered;

    private static RecipientDecision Record(string subscriberId, RecipientResult result, LedgerState state, string reason) =>
        new(result, reason, new LedgerRecord(subscriberId, state, null, reason));
}
