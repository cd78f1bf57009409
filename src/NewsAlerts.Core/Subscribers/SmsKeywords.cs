namespace NewsAlerts.Core.Subscribers;

using System.Globalization;
using System.Text;

/// <summary>
/// The keyword table of SMS replies (<see cref="SmsKeywordTable"/>: English and other languages), and how a reply is
/// read against it. The reply is normalised (<see cref="Fold"/>: Unicode compatibility forms, accents dropped, upper
/// case; whitespace, punctuation and emoji trimmed at both ends); it is a keyword when it equals one, or starts with
/// one followed by at most <see cref="MaxTrailingWords"/> more words ("stop please", "STOP!!! 🙏", "arrêt merci"). Any
/// other reply that contains an opt-out word is <see cref="SmsKeyword.MentionsStop"/>.
/// </summary>
public static class SmsKeywords
{
    /// <summary>How many words may follow a keyword for the reply still to be that keyword.</summary>
    public const int MaxTrailingWords = 3;

    /// <summary>The table: each keyword as words (upper case), with its meaning and language.</summary>
    public static IReadOnlyList<SmsKeywordEntry> Table => SmsKeywordTable.Rows;

    private const char DotlessI = '\u0131';

    private static readonly (string[] Words, SmsKeywordEntry Entry)[] Phrases =
        [.. Table.Select(t => (Fold(t.Phrase).Split(' '), t)).OrderByDescending(p => p.Item1.Length)];

    /// <summary>The meaning of a reply body (null or empty: <see cref="SmsKeyword.None"/>).</summary>
    public static SmsKeyword Of(string? body) => Read(body).Keyword;

    /// <summary>The meaning of a reply body and the language of the keyword that gave it.</summary>
    public static SmsReading Read(string? body)
    {
        var words = Words(body);
        foreach (var (phrase, entry) in Phrases)
        {
            if (words.Count >= phrase.Length && words.Count - phrase.Length <= MaxTrailingWords && StartsWith(words, 0, phrase))
            {
                return new SmsReading(entry.Keyword, entry.Language);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (phrase, entry) in Phrases)
            {
                if (entry.Keyword == SmsKeyword.Stop && StartsWith(words, i, phrase))
                {
                    return new SmsReading(SmsKeyword.MentionsStop, entry.Language);
                }
            }
        }

        return SmsReading.None;
    }

    /// <summary>
    /// Whether the carrier (Twilio's Advanced Opt-Out) acts on the body itself: exactly one of Twilio's English opt-out or
    /// opt-in words, any case, surrounding whitespace allowed. Twilio answers those; the app answers the rest.
    /// </summary>
    public static bool IsCarrierKeyword(string? body) =>
        body is not null && Table.Any(t => t.Language == "en" && t.Keyword is SmsKeyword.Stop or SmsKeyword.Start && !t.Phrase.Contains(' ', StringComparison.Ordinal)
            && string.Equals(body.Trim(), t.Phrase, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Text folded for comparison: compatibility forms (NFKD: full-width letters, ligatures), combining marks dropped
    /// (é → E, Ê → E, Turkish İ → I, Arabic harakat and hamza marks), then upper case without a culture, so that
    /// Turkish dotless ı and dotted İ both fold to I whatever the machine's culture (the Turkish culture's own
    /// upper-casing would turn i into İ and miss IPTAL).
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                // Invariant upper-casing keeps dotless ı (its upper case is I only in Turkish and Azeri).
                kept.Append(c == DotlessI ? 'I' : c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC).ToUpperInvariant();
    }

    /// <summary>The reply normalised and split into words: <see cref="Fold"/>, words split at whitespace and dashes, punctuation and emoji trimmed off each.</summary>
    public static IReadOnlyList<string> Words(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        var normal = Fold(body);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in normal)
        {
            if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation)
            {
                Flush(word, words);
            }
            else
            {
                word.Append(c);
            }
        }

        Flush(word, words);
        return words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        var trimmed = Trim(word.ToString());
        if (trimmed.Length > 0)
        {
            words.Add(trimmed);
        }

        word.Clear();
    }

    // Punctuation, symbols and everything emoji are made of (surrogate pairs, variation selectors, joiners, marks).
    private static string Trim(string word)
    {
        int start = 0, end = word.Length;
        while (start < end && IsEdge(word[start]))
        {
            start++;
        }

        while (end > start && IsEdge(word[end - 1]))
        {
            end--;
        }

        return word[start..end];
    }

    private static bool IsEdge(char c) =>
        char.IsPunctuation(c) || char.IsSymbol(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Control;

    private static bool StartsWith(IReadOnlyList<string> words, int at, string[] phrase)
    {
        if (words.Count - at < phrase.Length)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[at + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
