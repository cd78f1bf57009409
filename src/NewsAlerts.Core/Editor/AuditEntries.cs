namespace NewsAlerts.Core.Editor;

using NewsAlerts.Core.Articles;

/// <summary>Turns what publishing did into the audit's entry (a pure decision: no entry for what changed nothing).</summary>
public static class AuditEntries
{
    /// <summary>
    /// The entry for <paramref name="result"/> of publishing <paramref name="article"/> by <paramref name="editor"/> at
    /// <paramref name="at"/>, or null when nothing was stored (a dry run, a duplicate, or a refused version).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AuditEntry? Of(Article article, IngestResult result, EditorIdentity editor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(editor);
        if (result.DryRun)
        {
            return null;
        }

        EditorAction? action = result.Decision switch
        {
            VersionDecision.NewStory => EditorAction.Published,
            VersionDecision.Upgrade => EditorAction.Upgraded,
            VersionDecision.Correction => EditorAction.Updated,
            VersionDecision.Withdrawal => EditorAction.Retracted,
            VersionDecision.MajorCorrection => EditorAction.Corrected,
            _ => null,
        };
        if (action is not { } done)
        {
            return null;
        }

        var reach = result.Reach;
        return new AuditEntry(
            article.Id, article.Version, done, editor, at, article.Urgency,
            reach.EmailAlerts + reach.FollowUpEmails, reach.SmsAlerts + reach.SmsScheduled + reach.FollowUpSms, article.Notice?.Note,
            reach.SmsScheduled, reach.SmsHeldByCap + reach.SmsHeldStale, reach.FollowUpsMissed, reach.SmsScheduled > 0 ? reach.SmsScheduledUntil : null,
            reach.DigestEntriesDropped, reach.EmailDigestEntryParts?.MovedByCap ?? 0);
    }
}
