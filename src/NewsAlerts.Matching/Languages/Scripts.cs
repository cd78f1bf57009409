using System.Globalization;

namespace NewsAlerts.Matching.Languages;

/// <summary>
/// Which scripts a text is written in, and which language a script implies when the stated language cannot be
/// written in it (Han characters in an English topic are Chinese; with kana they are Japanese).
/// </summary>
internal static class Scripts
{
    private static readonly HashSet<string> CyrillicLanguages = new(StringComparer.Ordinal) { "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg" };
    private static readonly HashSet<string> ArabicLanguages = new(StringComparer.Ordinal) { "ar", "fa", "ur", "ps", "ku", "sd", "ug" };

    /// <summary>The script of one character; <see cref="Script.None"/> for anything that is not a letter.</summary>
    public static Script Of(char c)
    {
        if (c < 0x80)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? Script.Latin : Script.None;
        }

        if (char.IsSurrogate(c))
        {
            // Planes 2 and 3 (high surrogates D840-D8BF) are CJK extensions; the rest of what news writes outside the
            // BMP is emoji and symbols (plane 1), which are no script at all.
            return c is >= '\ud840' and <= '\ud8bf' ? Script.Han : Script.None;
        }

        if (!char.IsLetter(c))
        {
            return char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter ? Script.Other : Script.None;
        }

        return c switch
        {
            <= '\u024f' or (>= '\u1e00' and <= '\u1eff') or (>= '\uff21' and <= '\uff5a') => Script.Latin,
            >= '\u0400' and <= '\u052f' => Script.Cyrillic,
            (>= '\u0600' and <= '\u06ff') or (>= '\u0750' and <= '\u077f') or (>= '\ufb50' and <= '\ufdff') or (>= '\ufe70' and <= '\ufeff') => Script.Arabic,
            >= '\u0e00' and <= '\u0e7f' => Script.Thai,
            (>= '\u3040' and <= '\u30ff') or (>= '\u31f0' and <= '\u31ff') or (>= '\uff66' and <= '\uff9f') => Script.Kana,
            (>= '\uac00' and <= '\ud7af') or (>= '\u1100' and <= '\u11ff') or (>= '\u3130' and <= '\u318f') => Script.Hangul,
            (>= '\u4e00' and <= '\u9fff') or (>= '\u3400' and <= '\u4dbf') or (>= '\uf900' and <= '\ufaff') or '\u3005' => Script.Han,
            _ => Script.Other,
        };
    }

    /// <summary>The scripts present in a text, as flags (1 &lt;&lt; Script).</summary>
    public static int Present(ReadOnlySpan<char> text)
    {
        var flags = 0;
        foreach (var c in text)
        {
            flags |= 1 << (int)Of(c);
        }

        return flags & ~(1 << (int)Script.None);
    }

    /// <summary>
    /// The language a text's script implies when <paramref name="language"/> cannot be written in it, else null.
    /// Kana means Japanese, Hangul Korean, Han alone Chinese, then Thai, Arabic, Cyrillic (Russian).
    /// </summary>
    public static string? ImpliedLanguage(ReadOnlySpan<char> text, string language)
    {
        var present = Present(text);
        var allowed = Allowed(language);
        if (allowed < 0 || (present & ~allowed) == 0)
        {
            return null;
        }

        var foreign = present & ~allowed;
        return Has(present, Script.Kana) && (Has(foreign, Script.Kana) || Has(foreign, Script.Han)) ? "ja"
            : Has(foreign, Script.Hangul) ? "ko"
            : Has(foreign, Script.Han) ? "zh"
            : Has(foreign, Script.Thai) ? "th"
            : Has(foreign, Script.Arabic) ? "ar"
            : Has(foreign, Script.Cyrillic) ? "ru"
            : null;
    }

    /// <summary>
    /// The language implied by the script most of a text's letters are in, or null when most are Latin (or there are
    /// none). A Han, kana or Hangul character counts as three Latin letters, about what a syllable takes in Latin
    /// script, so "苹果发布iPhone" is Chinese and "习近平 meets Biden" is not. Among CJK scripts, kana means Japanese and
    /// Hangul Korean, as in <see cref="ImpliedLanguage"/>.
    /// </summary>
    public static string? MajorityLanguage(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[(int)Script.Other + 1];
        foreach (var c in text)
        {
            var script = Of(c);
            counts[(int)script] += script is Script.Han or Script.Kana or Script.Hangul ? 3 : 1;
        }

        var cjk = counts[(int)Script.Han] + counts[(int)Script.Kana] + counts[(int)Script.Hangul];
        var (language, most) = (cjk, counts[(int)Script.Thai], counts[(int)Script.Arabic], counts[(int)Script.Cyrillic]) switch
        {
            var (c, t, a, r) when c >= t && c >= a && c >= r =>
                (counts[(int)Script.Kana] > 0 ? "ja" : counts[(int)Script.Hangul] > 0 ? "ko" : "zh", c),
            var (_, t, a, r) when t >= a && t >= r => ("th", t),
            var (_, _, a, r) when a >= r => ("ar", a),
            var (_, _, _, r) => ("ru", r),
        };

        return most > counts[(int)Script.Latin] ? language : null;
    }

    /// <summary>Whether the text has letters in a script neither the language nor any analysis here knows.</summary>
    public static bool HasUnknownScript(ReadOnlySpan<char> text, string language)
    {
        var allowed = Allowed(language);
        return allowed >= 0 && (Present(text) & ~allowed & (1 << (int)Script.Other)) != 0;
    }

    /// <summary>The scripts a language is written in (Latin always, for names and operators); -1 when not known here.</summary>
    private static int Allowed(string language)
    {
        var latin = 1 << (int)Script.Latin;
        return language switch
        {
            "zh" => latin | Bit(Script.Han),
            "ja" => latin | Bit(Script.Han) | Bit(Script.Kana),
            "ko" => latin | Bit(Script.Han) | Bit(Script.Hangul),
            "th" => latin | Bit(Script.Thai),
            _ when ArabicLanguages.Contains(language) => latin | Bit(Script.Arabic),
            _ when CyrillicLanguages.Contains(language) => latin | Bit(Script.Cyrillic),
            "hy" => -1,
            _ when LanguageProfiles.For(language).Stems || language == LanguageTag.Default => latin,
            _ => -1,
        };
    }

    private static int Bit(Script script) => 1 << (int)script;

    private static bool Has(int flags, Script script) => (flags & Bit(script)) != 0;
}
