using System.Collections.Frozen;

namespace NewsAlerts.Matching.Languages;

/// <summary>
/// The languages an article may state, as feeds and editors write them: ISO 639-1 codes (<c>en</c>), and for the
/// languages analysed here also their ISO 639-2/3 codes (<c>eng</c>, <c>ger</c>, <c>deu</c>) and English names
/// (<c>english</c>). Anything else is not recognised, so it never becomes a language of its own.
/// </summary>
internal static class LanguageNames
{
    // ISO 639-1 (all 183 two-letter codes, plus the deprecated "in" that LanguageProfiles folds into "id").
    private static readonly FrozenSet<string> Iso6391 = FrozenSet.Create(
        StringComparer.Ordinal,
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm", "bn", "bo", "br", "bs",
        "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa",
        "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
        "ia", "id", "ie", "ig", "ii", "ik", "in", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn",
        "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml",
        "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os",
        "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn",
        "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw",
        "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu");

    // The languages with their own analysis (LanguageProfiles), by ISO 639-2 (bibliographic and terminology), 639-3 and English name.
    private static readonly FrozenDictionary<string, string> Others = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["eng"] = "en", ["english"] = "en",
        ["ger"] = "de", ["deu"] = "de", ["german"] = "de",
        ["fre"] = "fr", ["fra"] = "fr", ["french"] = "fr",
        ["spa"] = "es", ["spanish"] = "es",
        ["ita"] = "it", ["italian"] = "it",
        ["por"] = "pt", ["portuguese"] = "pt",
        ["cat"] = "ca", ["catalan"] = "ca",
        ["dut"] = "nl", ["nld"] = "nl", ["dutch"] = "nl",
        ["dan"] = "da", ["danish"] = "da",
        ["swe"] = "sv", ["swedish"] = "sv",
        ["nor"] = "no", ["nob"] = "no", ["nno"] = "no", ["norwegian"] = "no",
        ["fin"] = "fi", ["finnish"] = "fi",
        ["hun"] = "hu", ["hungarian"] = "hu",
        ["rum"] = "ro", ["ron"] = "ro", ["romanian"] = "ro",
        ["tur"] = "tr", ["turkish"] = "tr",
        ["rus"] = "ru", ["russian"] = "ru",
        ["gle"] = "ga", ["irish"] = "ga",
        ["baq"] = "eu", ["eus"] = "eu", ["basque"] = "eu",
        ["arm"] = "hy", ["hye"] = "hy", ["armenian"] = "hy",
        ["ind"] = "id", ["indonesian"] = "id",
        ["may"] = "ms", ["msa"] = "ms", ["zsm"] = "ms", ["malay"] = "ms",
        ["ara"] = "ar", ["arabic"] = "ar",
        ["chi"] = "zh", ["zho"] = "zh", ["cmn"] = "zh", ["chinese"] = "zh", ["mandarin"] = "zh",
        ["jpn"] = "ja", ["japanese"] = "ja",
        ["kor"] = "ko", ["korean"] = "ko",
        ["tha"] = "th", ["thai"] = "th",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The ISO 639-1 code (as <see cref="LanguageProfiles.Canonical"/> names it) of a stated language: case folded,
    /// region and script subtags dropped (<c>EN-gb</c>, <c>en_GB</c> give <c>en</c>); null when not recognised.
    /// </summary>
    public static string? Recognize(string? stated)
    {
        if (string.IsNullOrWhiteSpace(stated))
        {
            return null;
        }

        var value = stated.Trim().ToLowerInvariant();
        var end = value.IndexOfAny(['-', '_']);
        var primary = end < 0 ? value : value[..end];
        if (primary.Length == 2 && Iso6391.Contains(primary))
        {
            return LanguageProfiles.Canonical(primary);
        }

        return Others.GetValueOrDefault(primary);
    }
}
