namespace NewsAlerts.Core.Articles;

/// <summary>
/// The rule for versions: one alert per story, again only when a new version becomes more urgent; a withdrawal or a
/// major correction of a stored story sends follow-ups once (a correction notice carried unchanged to a newer version is
/// not a new one); a withdrawn story stays withdrawn.
/// </summary>
public static class ArticleVersions
{
    /// <summary>Decides what <paramref name="incoming"/> means after <paramref name="stored"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="incoming"/> is null.</exception>
    public static VersionDecision Decide(Article? stored, Article incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (stored is null)
        {
            return incoming.Notice is null ? VersionDecision.NewStory : VersionDecision.UnknownStory;
        }

        if (stored.IsWithdrawn)
        {
            // Withdrawn once is withdrawn for good: a second withdrawal (any version) sends nothing twice, and any other
            // version, older or newer, is told apart as a version of a withdrawn story (not as merely stale).
            return !incoming.IsWithdrawn ? VersionDecision.AfterWithdrawal
                : incoming.Version < stored.Version ? VersionDecision.Stale
                : VersionDecision.Duplicate;
        }

        if (incoming.IsWithdrawn)
        {
            // An editor may withdraw the very version that went out (same number) or a newer one.
            return incoming.Version < stored.Version ? VersionDecision.Stale : VersionDecision.Withdrawal;
        }

        if (incoming.Version == stored.Version)
        {
            return VersionDecision.Duplicate;
        }

        if (incoming.Version < stored.Version)
        {
            return VersionDecision.Stale;
        }

        // A correction block stays on later versions: only a notice that changed (new kind or new note) is news to
        // earlier recipients; a typo fix that carries the same block forward is an ordinary version.
        if (incoming.Notice?.Kind == NoticeKind.Corrected && incoming.Notice != stored.Notice)
        {
            return VersionDecision.MajorCorrection;
        }

        // Lower number = more urgent (IPTC).
        return incoming.Urgency < stored.Urgency ? VersionDecision.Upgrade : VersionDecision.Correction;
    }

    /// <summary>
    /// Whether a store holding <paramref name="stored"/> replaces it with <paramref name="incoming"/> (the rule every
    /// <c>IArticleStore</c> applies on save, atomically with the write): always when nothing is stored; a withdrawn story
    /// only by the same withdrawal again (a retry); any other story by the same version or a newer one. So versions only
    /// move forward and a withdrawal stays stored, however two saves of one story interleave (an editor's withdrawal and a
    /// feed's update read the same stored version, and the update is written after the withdrawal).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="incoming"/> is null.</exception>
    public static bool Replaces(Article? stored, Article incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return stored is null
            || (stored.IsWithdrawn ? incoming.IsWithdrawn && incoming.Version == stored.Version : incoming.Version >= stored.Version);
    }
}
