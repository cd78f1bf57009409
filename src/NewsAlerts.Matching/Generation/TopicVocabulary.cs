using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Expansion;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Generation;

/// <summary>
/// Real vocabularies for generated topics: frequent content words, frequent two-word phrases and capitalised
/// names (people, places, organisations) from a corpus, plus country names and IPTC topic labels from the embedded data.
/// Each list is ordered by frequency, most frequent first.
/// </summary>
/// <param name="Words">Content words, lower case.</param>
/// <param name="Phrases">Two-word phrases, lower case.</param>
/// <param name="Names">Capitalised names as written in the corpus.</param>
/// <param name="Countries">Country names and demonyms.</param>
/// <param name="SubjectLabels">IPTC media topic labels.</param>
public sealed record TopicVocabulary(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> SubjectLabels)
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "with", "from", "was", "were", "said", "his", "her", "its", "has", "have", "had",
        "are", "not", "but", "will", "would", "been", "this", "they", "which", "who", "their", "after", "also", "than",
        "more", "about", "into", "over", "one", "two", "new", "mln", "pct", "dlrs", "cts", "year", "last", "may", "can",
        "could", "should", "there", "what", "when", "where", "while", "all", "any", "our", "out", "she", "him", "them",
        "you", "per", "other", "some", "such", "only", "these", "those", "then", "being", "because", "through", "under",
        "and", "or", "not", "near", "reuter", "quot",
    };

    /// <summary>Builds the vocabularies from articles (only words of 3+ letters; numbers and function words are left out).</summary>
    public static TopicVocabulary FromArticles(IEnumerable<ArticleDocument> articles, int maxWords = 20_000, int maxPhrases = 20_000, int maxNames = 10_000)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        var analyzed = new List<AnalyzedWord>();
        var analyzer = new TextAnalyzer(AnalysisOptions.Plain);
        foreach (var article in articles)
        {
            analyzed.Clear();
            var text = article.Body;
            analyzer.Analyze(text, analyzed);
            string? previous = null;
            for (var i = 0; i < analyzed.Count; i++)
            {
                var word = analyzed[i];
                var usable = word.Folded.Length >= 3 && word.Folded.All(char.IsAsciiLetterLower) && !FunctionWords.Contains(word.Folded);
                if (!usable)
                {
                    previous = null;
                    continue;
                }

                Increment(words, word.Folded);
                if (previous is not null && analyzed[i - 1].Start + analyzed[i - 1].Length + 1 == word.Start)
                {
                    Increment(phrases, previous + " " + word.Folded);
                }

                previous = word.Folded;
                var surface = text.AsSpan(word.Start, word.Length);
                var sentenceStart = word.Start < 2 || text[word.Start - 2] == '.';
                if (!sentenceStart && char.IsUpper(surface[0]) && surface[1..].ToString().All(char.IsLower))
                {
                    Increment(capitalised, surface.ToString());
                }
            }
        }

        return new TopicVocabulary(
            Top(words, maxWords, 3),
            Top(phrases, maxPhrases, 3),
            Top(capitalised.Where(n => !FunctionWords.Contains(n.Key.ToLowerInvariant())).ToDictionary(), maxNames, 3),
            // Countries the corpus mentions most come first, so popular topics are the countries in the news.
            [.. CountryNames().OrderByDescending(c => capitalised.GetValueOrDefault(c)).ThenBy(c => c, StringComparer.Ordinal)],
            SubjectLabelList());
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;

    private static List<string> Top(Dictionary<string, int> counts, int max, int minCount) =>
        [.. counts.Where(c => c.Value >= minCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(max).Select(c => c.Key)];

    private static List<string> CountryNames() =>
        [.. MatchingData.Read("countries.tsv").Split('\n')
            .Where(l => l.Length > 0 && l[0] != '#')
            .SelectMany(l => l.Split('\t') is var parts && parts.Length > 1 ? parts[1].Split('|').Prepend(parts[0]) : [parts[0]])
            .Where(n => n.Length > 0 && n.Length < 30)];

    private static List<string> SubjectLabelList() =>
        [.. MatchingData.Read("subjects.tsv").Split('\n')
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')[1])
            .Where(l => !l.Contains('"', StringComparison.Ordinal))];
}
