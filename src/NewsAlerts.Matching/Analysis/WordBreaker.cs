namespace NewsAlerts.Matching.Analysis;

/// <summary>
/// Finds words the way Unicode word segmentation (UAX #29, as Lucene's StandardTokenizer) does for news text:
/// runs of letters and digits, kept together across "U.S", "5.93", "155,221" and "Syria's".
/// Hyphens and other punctuation separate words.
/// </summary>
internal static class WordBreaker
{
    /// <summary>Finds the next word at or after <paramref name="from"/>; returns false at the end of the text.</summary>
    public static bool Next(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        if (i >= text.Length)
        {
            end = i;
            return false;
        }

        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            if (i + 1 < text.Length && JoinsAcross(text[i - 1], c, text[i + 1]))
            {
                i += 2;
                continue;
            }

            break;
        }

        end = i;
        return true;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || (c > 0x7f && char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);

    private static bool JoinsAcross(char before, char middle, char after)
    {
        if (char.IsLetter(before) && char.IsLetter(after))
        {
            return middle is '.' or '\'' or '\u2019';
        }

        return char.IsDigit(before) && char.IsDigit(after) && middle is '.' or ',' or '\'' or ';';
    }
}
