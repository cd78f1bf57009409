namespace NewsAlerts.Pages.Layout;

/// <summary>
/// Where a link or form of an embedded answer opens (audit s45 gap 1: a 429 inside the newsroom's frame linked to
/// <c>/signup</c> and <c>/manage/link</c>, pages that refuse framing, so the frame showed "refused to connect"). Only a
/// page asked for with <c>embed=1</c> may be framed by <c>Pages:EmbedOrigins</c>; every other way on opens in the whole
/// window (<c>target="_top"</c>).
/// </summary>
public static class FrameTargets
{
    /// <summary>The embed field: in a link's query or a form's hidden fields, the answer is the embedded page.</summary>
    public const string EmbedField = "embed";

    /// <summary>
    /// The <c>target</c> of a link to <paramref name="href"/> (a path with its query, or an absolute URL) on a page that is
    /// <paramref name="embedded"/>: <c>_top</c> unless the link asks for the embedded page (<c>embed=1</c>); on a page not
    /// embedded, <c>_top</c> only when <paramref name="toTop"/>, else null (the same window).
    /// </summary>
    public static string? ForLink(string href, bool embedded, bool toTop = false)
    {
        ArgumentNullException.ThrowIfNull(href);
        return toTop || (embedded && !AsksEmbedded(href)) ? "_top" : null;
    }

    /// <summary>
    /// The <c>target</c> of a form posting <paramref name="hidden"/> on a page that is <paramref name="embedded"/>:
    /// <c>_top</c> unless the form posts <c>embed=1</c> (its answer is then the embedded page); as <see cref="ForLink"/> otherwise.
    /// </summary>
    public static string? ForForm(IEnumerable<KeyValuePair<string, string>> hidden, bool embedded, bool toTop = false)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        return toTop || (embedded && !hidden.Any(h => h.Key == EmbedField && h.Value == "1")) ? "_top" : null;
    }

    // Whether the link's query names embed=1.
    private static bool AsksEmbedded(string href)
    {
        var question = href.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return false;
        }

        var hash = href.IndexOf('#', question);
        var query = hash < 0 ? href[(question + 1)..] : href[(question + 1)..hash];
        return query.Split('&').Contains(EmbedField + "=1", StringComparer.Ordinal);
    }
}
