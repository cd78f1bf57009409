using System.Globalization;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Explanations;

/// <summary>
/// Why an article matched, in words for the person who gets the alert: each topic word with the article's own words
/// around it, quoted (<c>"ceasefire" (as "truce") in the headline: "Leaders agree truce in Gaza"</c>); metadata as
/// a sentence ("from Reuters", "about armed conflict", "written in French"). No word positions, codes or field names:
/// those stay in <see cref="TermHit.ToString"/> for tools. These English words are for tools and tests of matching;
/// what a subscriber reads is a <see cref="MatchReason"/> worded in their language by Core's <c>ReasonWords</c>.
/// </summary>
public static class MatchWords
{
    /// <summary>Words either side of the match that are quoted with it.</summary>
    public const int ContextWords = 4;

    /// <summary>Most characters of context either side (a long URL or token is one "word").</summary>
    public const int ContextCharacters = 60;

    /// <summary>
    /// Most hits worded; the rest are counted ("and 2 more"), so a reason stays short in every batch message that
    /// carries one per recipient.
    /// </summary>
    public const int MaxHits = 3;

    /// <summary>
    /// Most characters (UTF-16 code units) of a worded reason (200): every batch message carries one per recipient, up to
    /// 250 of them, and a reason in any script must leave the message under the Service Bus limit (about 1,200 bytes at
    /// worst in JSON, 6 per code unit, against 256 KiB per message); a longer one is cut by <see cref="CappedText"/>.
    /// </summary>
    public const int MaxLength = 200;

    /// <summary>
    /// Every hit of <paramref name="explanation"/> in words, joined by "; ", at most <see cref="MaxLength"/> characters
    /// (cut between words or characters with "…", never inside one).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Of(MatchExplanation explanation, ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(document);
        var worded = string.Join("; ", explanation.Hits.Take(MaxHits).Select(h => Of(h, document)));
        var more = explanation.Hits.Count - MaxHits;
        return CappedText.Of(more > 0 ? string.Create(CultureInfo.InvariantCulture, $"{worded}; and {more} more") : worded, MaxLength);
    }

    /// <summary>One hit in words, quoting the article's text around it (headline and body) or naming the metadata that matched.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Of(TermHit hit, ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(document);
        return hit.Field switch
        {
            ArticleField.Headline => $"{Term(hit)} in the headline: \"{InContext(document.Headline, hit)}\"",
            ArticleField.Body => $"{Term(hit)} in the story: \"{InContext(document.Body, hit)}\"",
            ArticleField.Source => $"from {hit.Matched}",
            // The hit holds the resolved qcode; people read its IPTC label ("medtop:16000000" is "conflict, war and peace").
            ArticleField.Subject => $"about {Expansion.MatchingData.Subjects.Label(hit.Matched)}",
            ArticleField.Language => $"written in {LanguageName(hit.Matched)}",
            _ => $"urgency {hit.Matched} (1 is the most urgent)",
        };
    }

    /// <summary>
    /// The matched text of <paramref name="hit"/> with up to <see cref="ContextWords"/> words either side, on one line,
    /// "…" where the text goes on; the matched text alone when <paramref name="text"/> does not hold it at its offset.
    /// </summary>
    public static string InContext(string text, TermHit hit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hit);
        var end = hit.Offset + hit.Matched.Length;
        if (hit.Offset < 0 || end > text.Length || string.CompareOrdinal(text, hit.Offset, hit.Matched, 0, hit.Matched.Length) != 0)
        {
            return OneLine(hit.Matched);
        }

        var start = hit.Offset;
        for (var words = 0; words < ContextWords && start > 0 && WordStartBefore(text, start) is var earlier && hit.Offset - earlier <= ContextCharacters; words++)
        {
            start = earlier;
        }

        var stop = end;
        for (var words = 0; words < ContextWords && stop < text.Length && WordEndAfter(text, stop) is var later && later - end <= ContextCharacters; words++)
        {
            stop = later;
        }

        var quoted = OneLine(text[start..stop]);
        return (start > 0 ? "…" : string.Empty) + quoted + (stop < text.Length ? "…" : string.Empty);
    }

    // The topic's word, and the other name it matched through when there was one.
    private static string Term(TermHit hit) =>
        hit.Via is null || hit.Via.Equals(hit.QueryTerm, StringComparison.OrdinalIgnoreCase)
            ? $"\"{hit.QueryTerm}\""
            : $"\"{hit.QueryTerm}\" (as \"{hit.Via}\")";

    private static int WordStartBefore(string text, int position)
    {
        var i = position;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int WordEndAfter(string text, int position)
    {
        var i = position;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The IPTC label of a subject qcode (<c>medtop:16000000</c> is "conflict, war and peace"); the qcode itself when unknown.</summary>
    public static string SubjectLabel(string qcode) => Expansion.MatchingData.Subjects.Label(qcode);

    // "fr" reads "French"; a tag the machine does not know is shown as given.
    private static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? code : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
