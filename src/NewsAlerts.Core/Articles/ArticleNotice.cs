namespace NewsAlerts.Core.Articles;

/// <summary>
/// A withdrawal or a major correction of a story, carried by the version that made it; earlier recipients get a
/// follow-up and the short link shows it.
/// </summary>
/// <param name="Kind">Withdrawn or corrected.</param>
/// <param name="Note">The editor's note to readers (ninjs <c>ednote</c> or <c>correction.note</c>), plain text; null when none was given.</param>
public sealed record ArticleNotice(NoticeKind Kind, string? Note)
{
    /// <summary>The word put before the headline of a follow-up: <c>Withdrawn</c> or <c>Correction</c>.</summary>
    public string Label => Kind == NoticeKind.Withdrawn ? "Withdrawn" : "Correction";
}
