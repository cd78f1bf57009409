using System.Text.Json;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Interchange;

/// <summary>Formats one (article, subscription) match as a JSON line with its explanation.</summary>
public static class MatchJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // Output is JSON lines for terminals and pipelines, not HTML: keep quotes and accents readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(ArticleDocument article, SubscriptionMatch match)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(match);
        var line = new
        {
            article = article.Id,
            subscription = match.TopicSubscription.Id,
            subscriber = match.TopicSubscription.SubscriberId,
            topic = match.TopicSubscription.Topic,
            normalizedTopic = match.Explanation.Topic,
            explanation = match.Explanation.ToString(),
            hits = match.Explanation.Hits.Select(h => new
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
