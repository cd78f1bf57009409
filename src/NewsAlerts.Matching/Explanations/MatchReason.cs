using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Explanations;

/// <summary>
/// Why an article matched, as values a reader's language words later: the first <see cref="MatchWords.MaxHits"/>
/// hits (<see cref="ReasonPart"/>) and how many more there were. Kept on the queue, in digests and in the 30-day
/// history as <see cref="MatchReasonText.Write"/> writes it, so the history reads in the language a person has now,
/// not the one they had when the alert went.
/// </summary>
/// <param name="Parts">The hits worded, in order (at most <see cref="MatchWords.MaxHits"/>).</param>
/// <param name="More">How many further hits there were (0 or more).</param>
public sealed record MatchReason(IReadOnlyList<ReasonPart> Parts, int More)
{
    /// <summary>Most characters of a topic word, or of the name it matched through, that a reason keeps.</summary>
    public const int MaxTermLength = 30;

    /// <summary>The reason of <paramref name="explanation"/>: its first hits as values (article words quoted in context), the rest counted.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MatchReason Of(MatchExplanation explanation, ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(document);
        var parts = explanation.Hits.Take(MatchWords.MaxHits).Select(h => PartOf(h, document)).ToList();
        return new MatchReason(parts, Math.Max(0, explanation.Hits.Count - MatchWords.MaxHits));
    }

    /// <summary>One hit as values: the topic's word (and the name it matched through) with the article's words around it, or the metadata that matched.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReasonPart PartOf(TermHit hit, ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(document);
        return hit.Field switch
        {
            ArticleField.Headline or ArticleField.Body => new ReasonPart(
                hit.Field,
                MatchWords.InContext(hit.Field == ArticleField.Headline ? document.Headline : document.Body, hit),
                Cut(hit.QueryTerm),
                hit.Via is null || hit.Via.Equals(hit.QueryTerm, StringComparison.OrdinalIgnoreCase) ? null : Cut(hit.Via)),
            _ => new ReasonPart(hit.Field, MatchWords.OneLine(hit.Matched)),
        };
    }

    private static string Cut(string term) => CappedText.Of(MatchWords.OneLine(term), MaxTermLength);
}
