namespace NewsAlerts.Pages.Manage;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.History;

/// <summary>
/// A row of the preference centre's history as shown: what was received, and where its story stands now, so a story
/// withdrawn since is never linked as if it stood and a corrected one links to its current version.
/// </summary>
/// <param name="Alert">What was received.</param>
/// <param name="Standing">Where the story stands now (its latest stored version).</param>
/// <param name="Link">Where the headline links (<see cref="StoryLinks.Of"/>: its absolute http(s) URL, else the story's short link page); null: withdrawn, not linked.</param>
/// <param name="NoticeLink">The story's short link page (<c>/api/a/{code}</c>), which shows the withdrawal or correction note; null when it stands.</param>
public sealed record HistoryRow(ReceivedAlert Alert, StoryStanding Standing, Uri? Link, Uri? NoticeLink)
{
    /// <summary>
    /// The row of <paramref name="alert"/> given its story's latest stored version (<paramref name="current"/>, null
    /// when no longer stored): withdrawn, the headline is not linked and the notice is; corrected since, when the
    /// current version is newer than the one received (<see cref="ReceivedAlert.Version"/>) and carries a correction,
    /// the headline links to the current version's URL (its short link page when it has none) and the note is linked;
    /// otherwise the URL received, or the story's short link page when it had none (or one that is not a web link). Versions are compared, not notices: a correction received already (the person had the
    /// corrected version) is not "corrected since", and a later correction whose notice repeats the earlier text is.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public static HistoryRow Of(ReceivedAlert alert, Article? current)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var notice = StoryLinks.PagePath(HistoryKeys.ArticleIdOf(alert));
        return current?.Notice?.Kind switch
        {
            NoticeKind.Withdrawn => new HistoryRow(alert, StoryStanding.Withdrawn, null, notice),
            NoticeKind.Corrected when current.Version > alert.Version => new HistoryRow(alert, StoryStanding.Corrected, StoryLinks.Of(current.Url, notice), notice),
            _ => new HistoryRow(alert, StoryStanding.Stands, StoryLinks.Of(alert.Url, notice), null),
        };
    }
}
