namespace NewsAlerts.Matching.Explanations;

/// <summary>
/// The limits and pieces of a match's reason in words: how many hits are worded (<see cref="MaxHits"/>), how long a
/// worded reason may be (<see cref="MaxLength"/>), the article's own words quoted around a hit (<see cref="InContext"/>)
/// and a subject's label. The words themselves are Core's <c>ReasonWords</c>, which words a <see cref="MatchReason"/>
/// in the reader's language (English included) from one catalog; tools read a hit as <see cref="TermHit.ToString"/>.
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
}
