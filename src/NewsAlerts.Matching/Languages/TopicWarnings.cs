using Lucene.Net.Analysis.Util;
using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Languages;

/// <summary>
/// What a subscriber should know about a topic in its language before relying on it: that its script made it another
/// language, that its language has no stemmer, that a word cannot match as written (a lone Japanese or Korean
/// character inside running text, a script no article of the language uses), or that it asks only for stop words.
/// A pure function of the topic text and language; the topic is accepted either way.
/// </summary>
public static class TopicWarnings
{
    private static readonly Dictionary<string, Func<CharArraySet>> StopSets = new(StringComparer.Ordinal)
    {
        ["en"] = () => Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet,
        ["de"] = () => Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet,
        ["fr"] = () => Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet,
        ["es"] = () => Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet,
        ["it"] = () => Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet,
        ["pt"] = () => Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet,
        ["nl"] = () => Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet,
    };

    /// <summary>
    /// The reasons to warn about <paramref name="topic"/> written in <paramref name="language"/> (BCP 47; null:
    /// <c>en</c>), each a sentence naming the word; empty when there is nothing to say or the topic does not parse.
    /// </summary>
    public static IReadOnlyList<string> For(string topic, string? language)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var parsed = TopicQuery.Parse(topic);
        if (!parsed.Success)
        {
            return [];
        }

        var warnings = new List<string>();
        var resolved = TopicLanguages.Resolve(topic, language);
        if (resolved.Notice is not null)
        {
            warnings.Add(resolved.Notice);
        }

        var profile = LanguageProfiles.For(resolved.Language);
        if (!profile.Stems && profile.Segmentation == Segmentation.Words)
        {
            warnings.Add($"there is no stemmer for '{resolved.Language}': words match only as written (case and accents aside)");
        }

        if (Scripts.HasUnknownScript(topic, resolved.Language))
        {
            warnings.Add($"it is written in a script that {resolved.Language} articles do not use; give the topic's language");
        }

        var words = new List<string>();
        var hasFilter = false;
        Collect(parsed.Root!, words, ref hasFilter);
        if (profile.Segmentation == Segmentation.CjkBigrams)
        {
            foreach (var word in words.Where(w => IsLoneCjkCharacter(w)))
            {
                warnings.Add($"'{word}' is one character: {resolved.Language} text is read in pairs of characters, so it matches only where it stands alone; write the whole word");
            }
        }

        if (!hasFilter && words.Count > 0 && StopSets.TryGetValue(resolved.Language, out var stopSet)
            && words.All(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(part => stopSet().Contains(part))))
        {
            warnings.Add($"it asks only for common words ({string.Join(", ", words.Distinct(StringComparer.Ordinal))}), so it would match almost every {resolved.Language} article");
        }

        return warnings;
    }

    private static bool IsLoneCjkCharacter(string word) =>
        word.Length == 1 && Scripts.Of(word[0]) is Script.Han or Script.Kana or Script.Hangul;

    private static void Collect(QueryNode node, List<string> words, ref bool hasFilter)
    {
        switch (node)
        {
            case TermQuery term:
                words.Add(term.Text);
                break;
            case PhraseQuery phrase:
                words.Add(phrase.Text);
                break;
            case PrefixQuery or FilterQuery:
                hasFilter = true;
                break;
            case AndQuery and:
                foreach (var child in and.Children)
                {
                    Collect(child, words, ref hasFilter);
                }

                break;
            case OrQuery or:
                foreach (var child in or.Children)
                {
                    Collect(child, words, ref hasFilter);
                }

                break;
            case NearQuery near:
                Collect(near.Left, words, ref hasFilter);
                Collect(near.Right, words, ref hasFilter);
                break;
            case NotQuery:
                break;
        }
    }
}
