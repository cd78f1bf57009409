namespace NewsAlerts.Channels.Sms;

using System.Globalization;
using System.Text;

/// <summary>
/// Which characters count as Latin script for SMS transliteration: letters in the Unicode Latin blocks (Latin-1
/// Supplement, Latin Extended-A to -E and Additional, IPA, phonetic extensions, Latin ligatures, full-width Latin),
/// and combining marks, which only ever decorate a letter. .NET has no Unicode script property, so the blocks stand in.
/// </summary>
internal static class LatinScript
{
    private static readonly (int First, int Last)[] Blocks =
    [
        (0x0041, 0x005A), (0x0061, 0x007A), // Basic Latin letters
        (0x00C0, 0x024F), // Latin-1 Supplement letters, Latin Extended-A and -B
        (0x00AA, 0x00AA), (0x00B5, 0x00B5), (0x00BA, 0x00BA), // ª µ º
        (0x0250, 0x02AF), // IPA Extensions
        (0x1D00, 0x1D25), (0x1D2C, 0x1D5C), (0x1D62, 0x1D65), (0x1D6B, 0x1D77), (0x1D79, 0x1DBF), // Phonetic Extensions (Latin parts)
        (0x1E00, 0x1EFF), // Latin Extended Additional (Vietnamese, Welsh ŵ...)
        (0x2C60, 0x2C7F), // Latin Extended-C
        (0xA720, 0xA7FF), // Latin Extended-D
        (0xAB30, 0xAB5A), (0xAB5C, 0xAB64), // Latin Extended-E
        (0xFB00, 0xFB06), // Latin ligatures (ﬁ ﬂ ﬀ)
        (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), // Full-width Latin
    ];

    /// <summary>Whether <paramref name="rune"/> is a Latin-script letter or a combining mark.</summary>
    public static bool IsLatinLetterOrMark(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return rune.Value is >= 0x0300 and <= 0x036F or >= 0x1AB0 and <= 0x1AFF or >= 0x1DC0 and <= 0x1DFF or >= 0x20D0 and <= 0x20FF or >= 0xFE20 and <= 0xFE2F;
        }

        if (!Rune.IsLetter(rune))
        {
            return false;
        }

        foreach (var (first, last) in Blocks)
        {
            if (rune.Value >= first && rune.Value <= last)
            {
                return true;
            }
        }

        return false;
    }
}
