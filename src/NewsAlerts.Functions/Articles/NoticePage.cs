namespace NewsAlerts.Functions.Articles;

using System.Globalization;
using NewsAlerts.Core.Articles;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Languages;

/// <summary>
/// The words of the notice a short link shows for a withdrawn or corrected story (plain text; the page escapes it), in
/// the page's language (<see cref="PageCulture"/>): "“Headline” was withdrawn on Tue, Dec 1, 2026, 17:13 (UTC time).",
/// "« Titre » a été retiré le mar. 1 déc. 2026 17:13 (heure UTC).", dated as every page dates (<see cref="PageMoments"/>;
/// issue 16: it wrote the emails' long date beside the history's short one). A short link is one per story, not per
/// reader, so the time is on UTC, named as such in the language; the editor's note follows as written.
/// </summary>
public static class NoticePage
{
    /// <summary>The notice of a withdrawn story (<see cref="PageStrings.ShortLinkWithdrawnAt"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="link"/> is null.</exception>
    public static string Withdrawn(ArticleLink link) => Sentence(link, PageStrings.ShortLinkWithdrawnAt, PageStrings.ShortLinkWithdrawn);

    /// <summary>The notice of a corrected story (<see cref="PageStrings.ShortLinkCorrectedAt"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="link"/> is null.</exception>
    public static string Corrected(ArticleLink link) => Sentence(link, PageStrings.ShortLinkCorrectedAt, PageStrings.ShortLinkCorrected);

    private static string Sentence(ArticleLink link, string dated, string undated)
    {
        ArgumentNullException.ThrowIfNull(link);
        var culture = CultureInfo.CurrentCulture;
        var sentence = link.NoticedAt is { } at
            ? string.Format(culture, dated, link.Headline, PageMoments.Named(at, timeZone: null))
            : string.Format(culture, undated, link.Headline);
        return string.IsNullOrWhiteSpace(link.Notice?.Note)
            ? sentence
            : sentence + " " + string.Format(culture, PageStrings.ShortLinkEditorNote, link.Notice!.Note!.Trim());
    }
}
