namespace NewsAlerts.Core.Editor;

using NewsAlerts.Core.Articles;

/// <summary>One line of the console's list of recent stories: the latest version as stored.</summary>
/// <param name="ArticleId">The story.</param>
/// <param name="Version">Its latest version.</param>
/// <param name="Headline">The headline.</param>
/// <param name="Urgency">Its urgency (1 most urgent).</param>
/// <param name="Notice">Withdrawn or corrected, else null.</param>
/// <param name="SavedAt">When that version was stored (UTC).</param>
/// <param name="Source">The publisher or agency given, or null (lines stored before it was kept have none).</param>
/// <param name="Url">The story's own web address, or null.</param>
public sealed record RecentArticle(
    string ArticleId, int Version, string Headline, int Urgency, NoticeKind? Notice, DateTimeOffset SavedAt, string? Source = null, Uri? Url = null)
{
    /// <summary>
    /// Where the console's list says the story comes from (trial s44: a story with neither source nor link was told
    /// apart from the others by its time alone): its source as alerts show it (<see cref="ArticleSource.Of(string?, Uri?)"/>:
    /// the source given, else its link's host); null when it has neither, and the list then links its short-link page.
    /// </summary>
    public string? SourceShown => ArticleSource.Of(Source, Url);

    /// <summary>
    /// Where the list's source cell links (<see cref="StoryLinks.Of"/>): the story's own web address, else its short-link
    /// page (<c>/api/a/{code}</c>, which shows the headline and summary), so every story can be opened as readers see it.
    /// </summary>
    public Uri Link => StoryLinks.Of(Url, StoryLinks.PagePath(ArticleId));
}
