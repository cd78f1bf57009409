using System.Globalization;

namespace NewsAlerts.Matching.Explanations;

/// <summary>
/// Text cut to a length in UTF-16 code units that a reader still reads as text: the cut falls between words when a
/// word ends in the second half of the room, otherwise between user-perceived characters (Unicode UAX #29 extended
/// grapheme clusters, as <see cref="StringInfo.GetNextTextElementLength(ReadOnlySpan{char})"/> finds them), so a
/// surrogate pair, a base letter with its combining marks, an emoji ZWJ or tag sequence or a flag is never split;
/// an ellipsis "…" marks the cut.
/// </summary>
public static class CappedText
{
    /// <summary>The mark of a cut (U+2026), one code unit.</summary>
    public const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="text"/> when it holds at most <paramref name="maxLength"/> code units; otherwise its longest
    /// head that ends on a boundary (see the type) and leaves room for <see cref="Ellipsis"/>, trailing white space
    /// removed, then the ellipsis: at most <paramref name="maxLength"/> code units in all.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public static string Of(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var room = maxLength - Ellipsis.Length;
        var end = 0;
        var wordEnd = 0;
        while (end < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text.AsSpan(end));
            if (end + next > room)
            {
                break;
            }

            if (end > 0 && char.IsWhiteSpace(text[end]) && !char.IsWhiteSpace(text[end - 1]))
            {
                wordEnd = end;
            }

            end += next;
        }

        // Between words when that keeps at least half the room; a script without spaces (Chinese, Japanese, Thai) or
        // one long token is cut between characters.
        var cut = wordEnd >= room / 2 ? wordEnd : end;
        return text[..cut].TrimEnd() + Ellipsis;
    }
}
