namespace NewsAlerts.Functions.Articles;

using System.Globalization;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Words;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Languages;

/// <summary>
/// The words of the notice a short link shows for a withdrawn or corrected story (plain text; the page escapes it), in
/// the page's language (<see cref="PageCulture"/>): "“Headline” was withdrawn on 1 December 2026, 17:13 (UTC time).",
/// "« Titre » a été retiré le 1 décembre 2026 à 17:13 (heure UTC).". A short link is one per story, not per reader, so
/// the time is on UTC, named as such in the language (<see cref="MomentWords"/>); the editor's note follows as written.
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
            ? string.Format(culture, dated, link.Headline, MomentWords.Of(at, timeZone: null, PageCulture.Language))
            : string.Format(culture, undated, link.Headline);
        return string.IsNullOrWhiteSpace(link.Notice?.Note)
            ? sentence
            : sentence + " " + string.Format(culture, PageStrings.ShortLinkEditorNote, link.Notice!.Note!.Trim());
    }
}
