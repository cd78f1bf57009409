namespace NewsAlerts.Core.Stories;

using System.Text;

/// <summary>
/// Text as <see cref="SameStory"/> compares it: Unicode compatibility-composed (NFKC), lower case, every run of
/// characters that are not letters or digits one space, so "Ceasefire in Syria holds — for a 2nd night!" and
/// "ceasefire in syria holds for a 2nd night" read the same. Digits are kept: "5 killed" and "50 killed" differ.
/// </summary>
public static class StoryText
{
    /// <summary>The words of <paramref name="text"/>, folded and joined by one space, at most <paramref name="maxWords"/> of them.</summary>
    /// <param name="text">Any text; null reads as empty.</param>
    /// <param name="maxWords">The most words kept (the lede of a body), at least 1.</param>
    /// <returns>The folded words; empty when the text has none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWords"/> is below 1.</exception>
    public static string Fold(string? text, int maxWords = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWords, 1);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // A lede needs only the start of a body (up to 200,000 characters, and digests fold every story of every
        // subscriber's digest): at most MaxCharsPerWord characters a word are normalised, cut between characters.
        if (maxWords < int.MaxValue / MaxCharsPerWord && text.Length > maxWords * MaxCharsPerWord)
        {
            var cut = maxWords * MaxCharsPerWord;
            text = text[..(char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut)];
        }

        var folded = new StringBuilder(Math.Min(text.Length, 4096));
        var words = 0;
        var inWord = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                if (!inWord)
                {
                    if (words == maxWords)
                    {
                        break;
                    }

                    if (words > 0)
                    {
                        folded.Append(' ');
                    }

                    words++;
                    inWord = true;
                }

                folded.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                inWord = false;
            }
        }

        return folded.ToString();
    }

    // Characters of text read per word asked for: a lede of 30 words reads at most 1,920 characters, which holds 30
    // words of any real prose (the longest English words and any spacing or markup between them).
    private const int MaxCharsPerWord = 64;

    /// <summary>How many words <see cref="Fold"/> finds in <paramref name="folded"/> (its output).</summary>
    public static int WordCount(string folded) => string.IsNullOrEmpty(folded) ? 0 : folded.Count(c => c == ' ') + 1;
}
