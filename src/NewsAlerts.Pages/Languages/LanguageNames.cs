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

    /// <summary>Every offered language with its native name, in <see cref="TextLanguages.Offered"/>'s order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Offered { get; } =
        [.. TextLanguages.Offered.Select(l => new KeyValuePair<string, string>(l, Native(l)))];
}
