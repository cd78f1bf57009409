namespace NewsAlerts.Pages.Languages;

using System.Globalization;
using NewsAlerts.Core.Texts;

/// <summary>
/// The language the page being built is written in: the current culture and UI culture of the request's async flow,
/// read by <see cref="PageStrings"/> (words), by number and date formatting, and by the layout (<c>lang</c>, <c>dir</c>).
/// Set once a request's language is known, in the page function's own method (a culture set inside an awaited callee
/// does not flow back to its caller).
/// </summary>
public static class PageCulture
{
    /// <summary>Makes <paramref name="language"/> (an offered language, else English) the page's language; returns its culture.</summary>
    public static CultureInfo Use(string? language)
    {
        var culture = TextLanguages.CultureOf(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return culture;
    }

    /// <summary>The page's language (ISO 639-1, one of <see cref="TextLanguages.Offered"/>).</summary>
    public static string Language => TextLanguages.Of(CultureInfo.CurrentUICulture.Name);

    /// <summary>The page's writing direction for the <c>dir</c> attribute: <c>rtl</c> or <c>ltr</c>.</summary>
    public static string Direction => TextLanguages.IsRightToLeft(Language) ? "rtl" : "ltr";
}
