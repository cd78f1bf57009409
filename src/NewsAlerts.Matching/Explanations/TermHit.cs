using System.Globalization;

namespace NewsAlerts.Matching.Explanations;

/// <summary>
/// One piece of evidence for a match: the query term, the article text it matched, the expansion it went through
/// (null when the article used the query's own word or an inflection of it), the field and the word position.
/// </summary>
/// <param name="QueryTerm">The word, phrase or filter of the topic, e.g. <c>ceasefire</c>.</param>
/// <param name="Matched">The article's text that matched, as written there, e.g. <c>truce</c>.</param>
/// <param name="Via">The synonym or name variant that connected them, e.g. <c>truce</c>; null for a direct match.</param>
/// <param name="Field">Where in the article.</param>
/// <param name="Position">0-based word position in the field (0 for metadata).</param>
/// <param name="Offset">0-based character offset in the field's text (0 for metadata).</param>
public sealed record TermHit(string QueryTerm, string Matched, string? Via, ArticleField Field, int Position, int Offset)
{
    /// <summary>Reads like: "ceasefire" via "truce" in the headline at word 6.</summary>
    public override string ToString()
    {
        var where = Field switch
        {
            ArticleField.Headline => "in the headline",
            ArticleField.Body => "in the body",
            _ => "in the " + Field.ToString().ToLowerInvariant(),
        };
        var at = Field is ArticleField.Headline or ArticleField.Body
            ? string.Create(CultureInfo.InvariantCulture, $" at word {Position + 1}")
            : string.Empty;
        if (Via is null)
        {
            return $"\"{QueryTerm}\" as \"{Matched}\" {where}{at}";
        }

        return Via.Equals(Matched, StringComparison.OrdinalIgnoreCase)
            ? $"\"{QueryTerm}\" via \"{Via}\" {where}{at}"
            : $"\"{QueryTerm}\" via \"{Via}\" (\"{Matched}\") {where}{at}";
    }
}
