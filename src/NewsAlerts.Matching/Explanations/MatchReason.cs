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

    /// <summary>
    /// The reason of <paramref name="explanation"/>: its first hits as values (article words quoted in context), the rest
    /// counted; each topic word as <paramref name="writtenTopic"/> writes it (<see cref="TopicWords.WrittenAs(string?, string)"/>),
    /// the matcher's folded key when it is null. The written topic is parsed at most once per reason, and not at all when
    /// no worded hit is in the headline or body (a reason of filters only).
    /// </summary>
    /// <param name="explanation">Why the topic matched.</param>
    /// <param name="document">The article it matched.</param>
    /// <param name="writtenTopic">The subscriber's topic as they wrote it (<c>Trêve</c>); null: the folded key (<c>treve</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> or <paramref name="document"/> is null.</exception>
    public static MatchReason Of(MatchExplanation explanation, ArticleDocument document, string? writtenTopic = null)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(document);
        var hits = explanation.Hits;
        var worded = Math.Min(hits.Count, MatchWords.MaxHits);
        var parts = new List<ReasonPart>(worded);
        TopicWords? words = null;
        for (var i = 0; i < worded; i++)
        {
            var hit = hits[i];
            parts.Add(IsText(hit) ? TextPart(hit, document, words ??= TopicWords.Of(writtenTopic)) : MetadataPart(hit));
        }

        return new MatchReason(parts, Math.Max(0, hits.Count - MatchWords.MaxHits));
    }

    /// <summary>
    /// One hit as values: the topic's word as <paramref name="writtenTopic"/> writes it (and the name it matched through)
    /// with the article's words around it, or the metadata that matched. Parses <paramref name="writtenTopic"/> for this
    /// hit alone: for several hits of one topic use <see cref="PartOf(TermHit, ArticleDocument, TopicWords)"/> with one
    /// <see cref="TopicWords.Of"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="hit"/> or <paramref name="document"/> is null.</exception>
    public static ReasonPart PartOf(TermHit hit, ArticleDocument document, string? writtenTopic = null)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(document);
        return IsText(hit) ? TextPart(hit, document, TopicWords.Of(writtenTopic)) : MetadataPart(hit);
    }

    /// <summary>
    /// One hit as values, its topic word as <paramref name="words"/> (the subscriber's topic, parsed once) writes it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="hit"/>, <paramref name="document"/> or <paramref name="words"/> is null.</exception>
    public static ReasonPart PartOf(TermHit hit, ArticleDocument document, TopicWords words)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        return IsText(hit) ? TextPart(hit, document, words) : MetadataPart(hit);
    }

    private static bool IsText(TermHit hit) => hit.Field is ArticleField.Headline or ArticleField.Body;

    private static ReasonPart MetadataPart(TermHit hit) => new(hit.Field, MatchWords.OneLine(hit.Matched));

    private static ReasonPart TextPart(TermHit hit, ArticleDocument document, TopicWords words)
    {
        var term = words.WrittenAs(hit.QueryTerm);
        var sameName = hit.Via is null || hit.Via.Equals(hit.QueryTerm, StringComparison.OrdinalIgnoreCase) || hit.Via.Equals(term, StringComparison.OrdinalIgnoreCase);
        return new ReasonPart(
            hit.Field,
            MatchWords.InContext(hit.Field == ArticleField.Headline ? document.Headline : document.Body, hit),
            Cut(term),
            sameName ? null : Cut(hit.Via!));
    }

    private static string Cut(string term) => CappedText.Of(MatchWords.OneLine(term), MaxTermLength);
}
