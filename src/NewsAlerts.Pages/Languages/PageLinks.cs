namespace NewsAlerts.Pages.Languages;

/// <summary>
/// Links and redirects between this app's pages keep the page's language (issue 16): a person who chose French with
/// the switcher on an English browser stays in French on the next page, whether a link, a form or a redirect takes
/// them there. Every <c>href</c> to another page and every <c>Location</c> a page answers with goes through here.
/// </summary>
public static class PageLinks
{
    /// <summary>
    /// <paramref name="path"/> (a path of this app, with or without a query) with <c>lang=</c><paramref name="language"/>
    /// (<see cref="PageLanguage.Field"/>) added, replacing a <c>lang</c> it already had; a fragment stays last.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string WithLanguage(string path, string language)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(language);
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? string.Empty : path[hash..];
        var rest = hash < 0 ? path : path[..hash];
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        var target = question < 0 ? rest : rest[..question];
        var kept = question < 0
            ? []
            : rest[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(pair => !pair.Split('=')[0].Equals(PageLanguage.Field, StringComparison.Ordinal));
        return target + "?" + string.Join('&', [.. kept, PageLanguage.Field + "=" + Uri.EscapeDataString(language)]) + fragment;
    }

    /// <summary><paramref name="path"/> in the language of the page being built (<see cref="PageCulture.Language"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static string Here(string path) => WithLanguage(path, PageCulture.Language);
}
