namespace NewsAlerts.Core.Subscribers;

using System.Globalization;
using System.Text;

/// <summary>
/// The keyword table of SMS replies, and how a reply is read against it. The reply is normalised (Unicode NFKC,
/// case-folded, whitespace, punctuation and emoji trimmed at both ends); it is a keyword when it equals one, or starts
/// with one followed by at most <see cref="MaxTrailingWords"/> more words ("stop please", "STOP!!! 🙏"). Any other reply
/// that contains an opt-out word is <see cref="SmsKeyword.MentionsStop"/>.
/// <list type="table">
/// <item><term>opt-out</term><description>STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT, OPT OUT</description></item>
/// <item><term>opt-in</term><description>START, UNSTOP</description></item>
/// <item><term>help</term><description>HELP, INFO</description></item>
/// </list>
/// </summary>
public static class SmsKeywords
{
    /// <summary>How many words may follow a keyword for the reply still to be that keyword.</summary>
    public const int MaxTrailingWords = 3;

    /// <summary>The table: each keyword as words (upper case), with its meaning.</summary>
    public static IReadOnlyList<(string Phrase, SmsKeyword Keyword)> Table { get; } =
    [
        ("STOP", SmsKeyword.Stop), ("STOPALL", SmsKeyword.Stop), ("UNSUBSCRIBE", SmsKeyword.Stop), ("CANCEL", SmsKeyword.Stop),
        ("END", SmsKeyword.Stop), ("QUIT", SmsKeyword.Stop), ("REVOKE", SmsKeyword.Stop), ("OPTOUT", SmsKeyword.Stop), ("OPT OUT", SmsKeyword.Stop),
        ("START", SmsKeyword.Start), ("UNSTOP", SmsKeyword.Start),
        ("HELP", SmsKeyword.Help), ("INFO", SmsKeyword.Help),
    ];

    private static readonly (string[] Words, SmsKeyword Keyword)[] Phrases =
        [.. Table.Select(t => (t.Phrase.Split(' '), t.Keyword)).OrderByDescending(p => p.Item1.Length)];

    /// <summary>The meaning of a reply body (null or empty: <see cref="SmsKeyword.None"/>).</summary>
    public static SmsKeyword Of(string? body)
    {
        var words = Words(body);
        foreach (var (phrase, keyword) in Phrases)
        {
            if (words.Count >= phrase.Length && words.Count - phrase.Length <= MaxTrailingWords && StartsWith(words, 0, phrase))
            {
                return keyword;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (Phrases.Any(p => p.Keyword == SmsKeyword.Stop && StartsWith(words, i, p.Words)))
            {
                return SmsKeyword.MentionsStop;
            }
        }

        return SmsKeyword.None;
    }

    /// <summary>
    /// Whether the carrier (Twilio's Advanced Opt-Out) acts on the body itself: exactly one opt-out or opt-in word,
    /// any case, surrounding whitespace allowed. Twilio answers those; the app answers the rest.
    /// </summary>
    public static bool IsCarrierKeyword(string? body) =>
        body is not null && Table.Any(t => t.Keyword is SmsKeyword.Stop or SmsKeyword.Start && !t.Phrase.Contains(' ', StringComparison.Ordinal)
            && string.Equals(body.Trim(), t.Phrase, StringComparison.OrdinalIgnoreCase));

    /// <summary>The reply normalised and split into words: NFKC, upper case, words split at whitespace and dashes, punctuation and emoji trimmed off each.</summary>
    public static IReadOnlyList<string> Words(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        var normal = body.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
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
