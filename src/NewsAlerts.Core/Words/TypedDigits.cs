namespace NewsAlerts.Core.Words;

using System.Globalization;
using System.Text;

/// <summary>
/// A number or time of day as a person types it on a phone or keyboard in their script, made ready for a parser that
/// reads ASCII: every Unicode decimal digit (category Nd: Arabic-Indic "٢٢:٠٠", Extended Arabic-Indic "۲۲", Devanagari,
/// full-width "２２") as its ASCII digit, the full-width colon U+FF1A as ':', and the invisible format characters
/// (category Cf: direction isolates and marks an Arabic text carries, zero-width spaces) dropped. Every other character
/// is kept, so what was wrong stays wrong and is refused by the parser with its reason (trial r33 #10: quiet hours typed
/// "٢٢:٠٠" were refused while codes accepted any script's digits).
/// </summary>
public static class TypedDigits
{
    /// <summary><paramref name="typed"/> with its digits in ASCII (see the type); null stays null.</summary>
    public static string? Normalised(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var kept = new StringBuilder(typed.Length);
        foreach (var c in typed)
        {
            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format)
            {
                continue;
            }

            kept.Append(c == '\uFF1A' ? ':' : Ascii(c));
        }

        return kept.ToString();
    }

    /// <summary>
    /// <paramref name="c"/> as its ASCII digit when it is a decimal digit of any script (Unicode category Nd, whose
    /// numeric value is 0-9 by definition), otherwise <paramref name="c"/> itself.
    /// </summary>
    public static char Ascii(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber && !char.IsAsciiDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c;
}
