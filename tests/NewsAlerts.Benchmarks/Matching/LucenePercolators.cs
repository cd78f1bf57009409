using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Index.Memory;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Util;
using NewsAlerts.Matching.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace NewsAlerts.Benchmarks.Matching;

/// <summary>
/// The Lucene.NET peers: a MemoryIndex per article with (a) every query evaluated, and (b) the Elasticsearch
/// percolator's way: queries indexed by their extracted terms, only those sharing a term with the article evaluated.
/// </summary>
internal sealed class LucenePercolators : IDisposable
{
    private readonly Analyzer analyzer = NewsAlerts.Testing.LucenePlainAnalysis.CreateAnalyzer();

    private readonly MemoryIndex memory = new();
    private readonly List<LuceneQuery> queries = [];
    private readonly Dictionary<string, List<int>> queriesByTerm = new(StringComparer.Ordinal);
    private readonly List<int> unverifiable = [];

    public LucenePercolators(IReadOnlyList<string> topics)
    {
        var parser = NewsAlerts.Testing.LucenePlainAnalysis.CreateParser(analyzer);
        foreach (var topic in topics)
        {
            var query = parser.Parse(topic);
            var id = queries.Count;
            queries.Add(query);
            var terms = CandidateTerms(query);
            if (terms is null)
            {
                // Prefix queries cannot list their terms before a rewrite: Elasticsearch marks them unverified too.
                unverifiable.Add(id);
                continue;
            }

            foreach (var term in terms)
            {
                var key = term.Field + "\0" + term.Text;
                if (!queriesByTerm.TryGetValue(key, out var list))
                {
                    queriesByTerm[key] = list = [];
                }

                list.Add(id);
            }
        }
    }

    public int QueryCount => queries.Count;

    /// <summary>
    /// Terms of which an article must contain one, as Elasticsearch's percolator query analyzer picks them: for a
    /// conjunction only its clause with the longest term, for a disjunction every branch, for a phrase its longest
    /// term. Null when the query cannot be analysed (prefixes): it is then always a candidate.
    /// </summary>
    private static List<Term>? CandidateTerms(LuceneQuery query)
    {
        switch (query)
        {
            case TermQuery term:
                return [term.Term];
            case PhraseQuery phrase:
                return [phrase.GetTerms().OrderByDescending(t => t.Text.Length).First()];
            case BooleanQuery boolean:
                var required = boolean.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => CandidateTerms(c.Query)).OfType<List<Term>>().ToList();
                if (required.Count > 0)
                {
                    return required.OrderByDescending(terms => terms.Min(t => t.Text.Length)).First();
                }

                var optional = boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => CandidateTerms(c.Query)).ToList();
                return optional.Count == 0 || optional.Any(o => o is null) ? null : [.. optional.SelectMany(o => o!)];
            default:
                return null;
        }
    }

    /// <summary>Evaluates every query; returns the number matched.</summary>
    public int MatchEveryQuery(ArticleDocument article)
    {
        Load(article);
        var matched = 0;
        foreach (var query in queries)
        {
            matched += memory.Search(query) > 0 ? 1 : 0;
        }

        return matched;
    }

    /// <summary>Selects candidates by the article's terms, evaluates only those; returns the number matched.</summary>
    public int MatchCandidates(ArticleDocument article)
    {
        Load(article);
        var candidates = new HashSet<int>(unverifiable);
        foreach (var field in NewsAlerts.Testing.LucenePlainAnalysis.FieldNames)
        {
            using var stream = analyzer.GetTokenStream(field, field == "headline" ? article.Headline : article.Body);
            var text = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (queriesByTerm.TryGetValue(field + "\0" + text.ToString(), out var ids))
                {
                    candidates.UnionWith(ids);
                }
            }

            stream.End();
        }

        var matched = 0;
        foreach (var id in candidates)
        {
            matched += memory.Search(queries[id]) > 0 ? 1 : 0;
        }

        return matched;
    }

    public void Dispose() => analyzer.Dispose();

    private void Load(ArticleDocument article)
    {
        memory.Reset();
        memory.AddField("headline", article.Headline, analyzer);
        memory.AddField("body", article.Body, analyzer);
    }
}
