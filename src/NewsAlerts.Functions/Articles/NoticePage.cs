namespace NewsAlerts.Functions.Articles;

using System.Globalization;
using NewsAlerts.Core.Articles;

/// <summary>The words of the notice a short link shows for a withdrawn or corrected story (plain text; the page escapes it).</summary>
public static class NoticePage
{
    /// <summary>"“Headline” was withdrawn on 30 Nov 2026 at 09:12 UTC. Note"</summary>
    /// <exception cref="ArgumentNullException"><paramref name="link"/> is null.</exception>
    public static string Withdrawn(ArticleLink link) => Sentence(link, "withdrawn");

    /// <summary>"“Headline” was corrected on 30 Nov 2026 at 09:12 UTC. Note"</summary>
    /// <exception cref="ArgumentNullException"><paramref name="link"/> is null.</exception>
    public static string Corrected(ArticleLink link) => Sentence(link, "corrected");

    private static string Sentence(ArticleLink link, string what)
    {
        ArgumentNullException.ThrowIfNull(link);
        var when = link.NoticedAt is { } at
            ? " on " + at.ToUniversalTime().ToString("d MMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : string.Empty;
        var note = string.IsNullOrWhiteSpace(link.Notice?.Note) ? string.Empty : " " + link.Notice!.Note!.Trim();
        return $"\u201C{link.Headline}\u201D was {what}{when}.{note}";
    }
}
