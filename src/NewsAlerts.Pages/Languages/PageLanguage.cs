namespace NewsAlerts.Pages.Languages;

using Microsoft.Net.Http.Headers;
using NewsAlerts.Core.Texts;

/// <summary>
/// Which offered language (<see cref="TextLanguages.Offered"/>, ISO 639-1) a page is written in: a subscriber's page in
/// the subscriber's stored language; any other page in the language chosen with the switcher (<c>lang</c>), else the best
/// offered match of the browser's <c>Accept-Language</c> (RFC 9110 §12.5.4: highest q first, q=0 never), else English.
/// </summary>
public static class PageLanguage
{
    /// <summary>The query and form field naming the chosen language.</summary>
    public const string Field = "lang";

    /// <summary>
    /// The offered language <paramref name="tag"/> names by its primary subtag (<c>fr-CA</c> → <c>fr</c>), or null when
    /// it names none (null, empty, <c>*</c>, <c>sv</c>...).
    /// </summary>
    public static string? Offered(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return TextLanguages.Offered.Contains(primary) ? primary : null;
    }

    /// <summary>
    /// The offered language an <c>Accept-Language</c> header prefers (<c>de;q=0.5, fr</c> → <c>fr</c>), or null when it
    /// names none with q above 0, or cannot be read. Equal q values keep the header's order.
    /// </summary>
    public static string? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var values))
        {
            return null;
        }

        return values
            .Select((value, position) => (Tag: value.Value.ToString(), Quality: value.Quality ?? 1, Position: position))
            .Where(v => v.Quality > 0)
            .OrderByDescending(v => v.Quality)
            .ThenBy(v => v.Position)
            .Select(v => Offered(v.Tag))
            .FirstOrDefault(language => language is not null);
    }

    /// <summary>
    /// The language of a page without a subscriber: <paramref name="chosen"/> (the switcher's <c>lang</c>) when offered,
    /// else <see cref="FromAcceptLanguage"/>, else <see cref="TextLanguages.Default"/>.
    /// </summary>
    public static string ForVisitor(string? chosen, string? acceptLanguage) => ForPage(chosen, null, acceptLanguage);

    /// <summary>
    /// The one rule of every page a browser reaches (issue 16; session 42: the links already sent spoke English whatever
    /// the browser said): <paramref name="chosen"/> (the <c>lang</c> of the switcher, or of this app's own forms and
    /// links, which carry the language of the page or email they came from) when offered; else
    /// <paramref name="subscriberLanguage"/>, the offered language of the sign-up or subscriber the link names
    /// (<see cref="ForSubscriber"/>; null when none is known); else <see cref="FromAcceptLanguage"/>; else
    /// <see cref="TextLanguages.Default"/>.
    /// </summary>
    public static string ForPage(string? chosen, string? subscriberLanguage, string? acceptLanguage) =>
        Offered(chosen) ?? Offered(subscriberLanguage) ?? FromAcceptLanguage(acceptLanguage) ?? TextLanguages.Default;

    /// <summary>The language of a subscriber's page: their stored language tag's offered language (<see cref="TextLanguages.Of"/>).</summary>
    public static string ForSubscriber(string? storedLanguage) => TextLanguages.Of(storedLanguage);
}
