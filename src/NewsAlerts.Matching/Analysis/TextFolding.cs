using System.Globalization;
using System.Text;

namespace NewsAlerts.Matching.Analysis;

/// <summary>Unicode normalisation with case and diacritics folding, so "Türkiye" and "TURKIYE" compare equal.</summary>
internal static class TextFolding
{
    /// <summary>Folds one character into <paramref name="output"/>; returns the number of chars written (0 for combining marks).</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        AppendFolded(text, builder);
        return builder.ToString();
    }

    /// <summary>
    /// Case and width folding that keeps combining marks (NFKC, lower case): for scripts where a mark changes the
    /// word (Thai vowels, Japanese voicing marks), as Lucene's CJKWidthFilter and LowerCaseFilter do.
    /// </summary>
    public static string FoldKeepingMarks(ReadOnlySpan<char> text) =>
        WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>
    /// Folds a topic's word or phrase: as <see cref="Fold"/>, but keeping the marks of text in kana, Hangul or Thai,
    /// where a mark makes another word (ガス is not カス), as the analysis of those languages does.
    /// </summary>
    public static string FoldTopicText(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u0e00' and <= '\u0e7f') or (>= '\u1100' and <= '\u11ff') or (>= '\u3040' and <= '\u30ff')
                or (>= '\u3130' and <= '\u318f') or (>= '\uac00' and <= '\ud7af') or (>= '\uff66' and <= '\uffdc'))
            {
                return FoldKeepingMarks(text);
            }
        }

        return Fold(text);
    }

    public static void AppendFolded(ReadOnlySpan<char> text, StringBuilder builder)
    {
        // Fast path: ASCII needs no decomposition.
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 0x7f)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            foreach (var c in text)
            {
                builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
            }

            return;
        }

        // Normalize throws on a lone surrogate (text from a feed or a careless client): it becomes U+FFFD, as in decoding.
        var decomposed = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKD);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(MapSpecial(char.ToLowerInvariant(c)));
        }
    }

    private static string WithoutLoneSurrogates(ReadOnlySpan<char> text)
    {
        var chars = text.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    // Letters that do not decompose but that English text writes without the mark.
    private static string MapSpecial(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        // Greek final sigma is a sigma (Unicode case folding, Lucene's GreekLowerCaseFilter): "ΣΥΡΙΑΣ" lowers to a
        // final σ, "Συρίας" is written with ς, and both are the same word.
        'ς' => "σ",
        '\u2019' or '\u2018' or '\u02bc' or '\u02bb' => "'",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' => "-",
        _ => c.ToString(),
    };
}
