using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index.Memory;
using Lucene.Net.QueryParsers.Classic;
using LuceneQuery = Lucene.Net.Search.Query;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Differential;

/// <summary>
/// Lucene.NET configured like our plain analysis: StandardTokenizer (UAX #29), possessive filter, lower case,
/// ASCII folding, Snowball English; headline and body as two fields queried by the classic MultiFieldQueryParser.
/// </summary>
public sealed class LuceneReference : IDisposable
{
    private readonly Analyzer analyzer = NewsAlerts.Testing.LucenePlainAnalysis.CreateAnalyzer();

    private readonly MemoryIndex memory = new();

    public LuceneQuery Parse(string topic)
    {
        var parser = NewsAlerts.Testing.LucenePlainAnalysis.CreateParser(analyzer);
        return parser.Parse(topic);
    }

    /// <summary>Loads an article into the one-document memory index.</summary>
    public void Load(ArticleDocument article)
    {
        memory.Reset();
        memory.AddField("headline", article.Headline, analyzer);
        memory.AddField("body", article.Body, analyzer);
    }

    public bool Matches(LuceneQuery query) => memory.Search(query) > 0;

    public void Dispose() => analyzer.Dispose();
}
