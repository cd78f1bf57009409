using System.Text.RegularExpressions;

namespace NewsAlerts.Matching.Languages;

/// <summary>BCP 47 language tags (RFC 5646) as subscribers and articles write them: <c>en</c>, <c>en-GB</c>, <c>zh-Hant-TW</c>.</summary>
public static partial class LanguageTag
{
    /// <summary>The language of a subscriber or topic that names none.</summary>
    public const string Default = "en";

    /// <summary>Whether <paramref name="tag"/> is a well-formed BCP 47 language tag (language, script, region, variants, extensions).</summary>
    public static bool IsWellFormed(string? tag) => tag is not null && tag.Length <= 64 && WellFormed().IsMatch(tag);

    /// <summary>
    /// The primary language subtag in lower case, the unit matching works in (<c>en-GB</c> gives <c>en</c>,
    /// <c>nb</c> gives <c>no</c>); null when the tag is not well-formed.
    /// </summary>
    public static string? Primary(string? tag)
    {
        if (!IsWellFormed(tag))
        {
            return null;
        }

        var dash = tag!.IndexOf('-', StringComparison.Ordinal);
        return LanguageProfiles.Canonical((dash < 0 ? tag : tag[..dash]).ToLowerInvariant());
    }

    /// <summary>
    /// The ISO 639-1 code of the language an article states, however a feed or editor wrote it: case folded, region
    /// dropped (<c>EN-gb</c> gives <c>en</c>), ISO 639-2/3 codes and English names of the languages analysed here mapped
    /// (<c>eng</c>, <c>english</c> give <c>en</c>); null when not recognised, which matching treats as no stated language.
    /// </summary>
    public static string? Recognize(string? stated) => LanguageNames.Recognize(stated);

    /// <summary>Whether matching has a stemmer or word segmenter for the language (otherwise it folds case and accents only).</summary>
    public static bool HasOwnAnalysis(string language) => LanguageProfiles.For(Primary(language) ?? Default).Stems
        || LanguageProfiles.For(Primary(language) ?? Default).Segmentation != Segmentation.Words;

    /// <summary>What analysis a language gets, in words ("Snowball German stemmer").</summary>
    public static string DescribeAnalysis(string language) => LanguageProfiles.For(Primary(language) ?? Default).Description;

    // language (2-3 letters, optional extlang) or 4-8 letters, then script, region, variants, extensions, private use.
    [GeneratedRegex(@"^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
