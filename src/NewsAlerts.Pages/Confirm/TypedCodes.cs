namespace NewsAlerts.Pages.Confirm;

using System.Globalization;

/// <summary>A texted code as a person types it, e.g. <c>217 282</c> or <c>217-282</c>, made ready to check.</summary>
public static class TypedCodes
{
    /// <summary>
    /// <paramref name="typed"/> without its spaces (any Unicode white space), dashes (hyphen-minus and the Unicode dash
    /// punctuation) and invisible format characters (Unicode category Cf: the direction isolates U+2066…U+2069 an
    /// Arabic text puts around its code, U+200E/U+200F marks, zero-width spaces, all taken along when a code is copied
    /// from a text: trial r31b), with every decimal digit written as its ASCII digit (Arabic-Indic "٣٢٥" and full-width
    /// digits are what a phone keyboard in those scripts types); every other character is kept, so a wrong code stays
    /// wrong. Null reads as empty.
    /// </summary>
    public static string Normalised(string? typed)
    {
        var kept = new System.Text.StringBuilder();
        foreach (var c in typed ?? string.Empty)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || c == '-' || category is UnicodeCategory.DashPunctuation or UnicodeCategory.Format)
            {
                continue;
            }

            kept.Append(Core.Words.TypedDigits.Ascii(c));
        }

        return kept.ToString();
    }

    /// <summary>
    /// Whether <paramref name="normalised"/> (<see cref="Normalised"/>'s result) has the shape of a texted code: exactly
    /// six ASCII digits. Anything else (<c>abc</c>, five digits, other scripts' digits not passed through <see cref="Normalised"/>) cannot be a code we sent, so a page
    /// says how to write one (<see cref="PageStrings.CodeNotSixDigits"/>) rather than spend one of the five tries.
    /// </summary>
    public static bool IsSixDigits(string? normalised) => normalised is { Length: 6 } && normalised.All(char.IsAsciiDigit);
}
