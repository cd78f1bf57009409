namespace NewsAlerts.Core.Articles;

/// <summary>
/// A story's major corrections over its versions (pure). The console's correction carries what was wrong in its note,
/// not in an edited body, and a version keeps only its own notice, so the notes are carried from version to version
/// (<see cref="Article.Corrections"/>): a reader who got an older version, or nothing yet, is told every note since
/// (<see cref="Since"/>), in version order, not only the last one.
/// </summary>
public static class StoryCorrections
{
    /// <summary>
    /// <paramref name="incoming"/> as it is stored after <paramref name="stored"/>: the stored version's corrections, and
    /// its own when <paramref name="decision"/> is a <see cref="VersionDecision.MajorCorrection"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="incoming"/> is null.</exception>
    public static Article Carry(Article? stored, Article incoming, VersionDecision decision)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var earlier = stored is null ? [] : Of(stored);
        List<CorrectionNote> all = [.. earlier.Where(c => c.Version < incoming.Version)];
        if (decision == VersionDecision.MajorCorrection && incoming.Notice is { } notice)
        {
            all.Add(new CorrectionNote(incoming.Version, notice.Note));
        }

        return all.Count == 0 && incoming.Corrections.Count == 0 ? incoming : incoming with { Corrections = all };
    }

    /// <summary>
    /// The notes of <paramref name="story"/>'s corrections made after version <paramref name="received"/> and up to
    /// version <paramref name="upTo"/> included, oldest first; corrections without a note are left out.
    /// </summary>
    /// <param name="story">The story as stored.</param>
    /// <param name="received">The version the reader has (0: none, or not known).</param>
    /// <param name="upTo">The newest version to tell of.</param>
    /// <exception cref="ArgumentNullException"><paramref name="story"/> is null.</exception>
    public static IReadOnlyList<string> Since(Article story, int received, int upTo)
    {
        ArgumentNullException.ThrowIfNull(story);
        return [.. Of(story).Where(c => c.Version > received && c.Version <= upTo && !string.IsNullOrWhiteSpace(c.Note)).OrderBy(c => c.Version).Select(c => c.Note!.Trim())];
    }

    /// <summary>
    /// The versions of <paramref name="story"/>'s major corrections older than <paramref name="before"/>, oldest first:
    /// the corrections whose follow-ups a reader may have received before the one at <paramref name="before"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="story"/> is null.</exception>
    public static IReadOnlyList<int> VersionsBefore(Article story, int before)
    {
        ArgumentNullException.ThrowIfNull(story);
        return [.. Of(story).Select(c => c.Version).Where(v => v < before).Distinct().Order()];
    }

    // A story stored before corrections were carried knows only its own notice.
    private static IReadOnlyList<CorrectionNote> Of(Article story) =>
        story.Corrections.Count > 0 || story.Notice is not { Kind: NoticeKind.Corrected } notice ? story.Corrections : [new CorrectionNote(story.Version, notice.Note)];
}
