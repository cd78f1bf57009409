namespace NewsAlerts.Core.Texts;

using System.Globalization;

/// <summary>
/// The languages NewsAlerts writes to subscribers in (the catalogs under <c>Texts/</c>), and how a subscriber's
/// language tag picks one.
/// </summary>
public static class TextLanguages
{
    /// <summary>The language used when a tag names none of <see cref="Offered"/> (the neutral resources).</summary>
    public const string Default = "en";

    /// <summary>The offered languages, as ISO 639-1 codes, in the order the pages list them.</summary>
    public static IReadOnlyList<string> Offered { get; } = ["en", "fr", "de", "es", "it", "pt", "nl", "ar"];

    /// <summary>
    /// The offered language a BCP 47 tag asks for, by its primary subtag (<c>fr-CA</c> → <c>fr</c>, <c>PT</c> → <c>pt</c>);
    /// <see cref="Default"/> for null, an empty or unknown tag.
    /// </summary>
    public static string Of(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return Default;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Offered.Contains(primary) ? primary : Default;
    }

    /// <summary>The culture of <see cref="Of"/> (for resources, numbers, dates and plurals).</summary>
    public static CultureInfo CultureOf(string? tag) => CultureInfo.GetCultureInfo(Of(tag));

    /// <summary>Whether the language is written right to left (Arabic).</summary>
    public static bool IsRightToLeft(string? tag) => CultureOf(tag).TextInfo.IsRightToLeft;
}
