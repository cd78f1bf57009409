namespace NewsAlerts.Pages.Languages;

using System.Globalization;
using NewsAlerts.Core.Texts;

/// <summary>Each offered language named in itself ("Français", "العربية"), as a language switcher and a language field show it.</summary>
public static class LanguageNames
{
    /// <summary>
    /// The native name of <paramref name="language"/> (ISO 639-1) from the culture data (CLDR), its first letter upper-cased
    /// by that language's own rules ("français" → "Français"; scripts without case are unchanged).
    /// </summary>
    public static string Native(string language)
    {
        var culture = TextLanguages.CultureOf(language);
        var name = culture.NativeName;
        return name.Length == 0 ? language : culture.TextInfo.ToUpper(name[0]) + name[1..];
    }

    /// <summary>
    /// <paramref name="code"/> (a BCP 47 tag or ISO 639 code) named in the page's language
    /// (<see cref="CultureInfo.CurrentUICulture"/>), the one way a page or email names a language in a sentence (issue 16,
    /// trial #13: "trovano notizie in: it"). An offered language's name comes from the catalog the emails' reasons use
    /// (<see cref="ReasonTexts.LanguageName"/>, <c>Language_{code}</c>), so it never depends on the culture data of the
    /// machine the app runs on; any other language from ICU's CLDR names ("chinois" on a French page); the code
    /// itself only for a tag no data names. Null or blank is English (<see cref="TextLanguages.Default"/>).
    /// </summary>
    public static string InPage(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return InPage(TextLanguages.Default);
        }

        var tag = code.Trim();
        var primary = tag.Split('-', '_')[0].ToLowerInvariant();
        if (tag.Length == primary.Length && TextLanguages.Offered.Contains(primary))
        {
            return ReasonTexts.LanguageName(primary, PageCulture.Language) ?? Native(primary);
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            var name = culture.DisplayName;
            return culture.EnglishName is { Length: > 0 } english && !english.StartsWith("Unknown", StringComparison.Ordinal)
                && name.Length > 0 && !string.Equals(name, tag, StringComparison.OrdinalIgnoreCase)
                ? name
                : tag;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }

    /// <summary>Every offered language with its native name, in <see cref="TextLanguages.Offered"/>'s order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Offered { get; } =
        [.. TextLanguages.Offered.Select(l => new KeyValuePair<string, string>(l, Native(l)))];
}
