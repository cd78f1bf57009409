using System.Text.Json;
using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Interchange;

/// <summary>
/// Formats one (article, subscription) match as a JSON line with its explanation. The topic's words in <c>hits[].query</c>
/// and <c>explanation</c> are as the subscriber wrote them (<c>trêve</c>, <c>Syria</c>, <c>Αθήνα</c>), as pages and alerts
/// quote them (<see cref="TopicWords"/>), not the matcher's folded keys (<c>treve</c>); <c>normalizedTopic</c> is the
/// whole topic as the matcher normalised it.
/// </summary>
public static class MatchJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // Output is JSON lines for terminals and pipelines, not HTML: keep quotes and accents readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// One JSON object on one line: <c>article</c>, <c>subscription</c>, <c>subscriber</c>, <c>topic</c> (as written),
    /// <c>normalizedTopic</c>, <c>explanation</c> (one sentence per hit) and <c>hits</c> (<c>query</c>, <c>matched</c>,
    /// <c>via</c>, <c>field</c>, <c>position</c> in words, <c>offset</c> in UTF-16 code units).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="match"/> is null.</exception>
    public static string Format(ArticleDocument article, SubscriptionMatch match)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(match);

        // The topic parsed once for all its hits; a filter (source:reuters) has no written words and keeps its key.
        var words = TopicWords.Of(match.TopicSubscription.Topic);
        var hits = match.Explanation.Hits.Select(h => h with { QueryTerm = words.WrittenAs(h.QueryTerm) }).ToList();
        var line = new
        {
            article = article.Id,
            subscription = match.TopicSubscription.Id,
            subscriber = match.TopicSubscription.SubscriberId,
            topic = match.TopicSubscription.Topic,
            normalizedTopic = match.Explanation.Topic,
            explanation = string.Join("; ", hits),
            hits = hits.Select(h => new
            {
                query = h.QueryTerm,
                matched = h.Matched,
                via = h.Via,
                field = h.Field.ToString().ToLowerInvariant(),
                position = h.Position,
                offset = h.Offset,
            }),
        };
        return JsonSerializer.Serialize(line, Options);
    }
}
