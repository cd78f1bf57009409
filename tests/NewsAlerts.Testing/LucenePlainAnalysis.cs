namespace NewsAlerts.Testing;

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

/// <summary>
/// Lucene.NET configured like the matching engine's plain analysis: StandardTokenizer (UAX #29), possessive filter,
/// lower case, ASCII folding, Snowball English; headline and body queried by the classic MultiFieldQueryParser with AND.
/// One definition, so the differential test and the benchmark compare against the same peer.
/// </summary>
public static class LucenePlainAnalysis
{
    /// <summary>The two article fields.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = ["headline", "body"];

    /// <summary>A new analyzer with the plain analysis chain.</summary>
    public static Analyzer CreateAnalyzer() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, source);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>The query parser over both fields, AND by default.</summary>
    public static MultiFieldQueryParser CreateParser(Analyzer analyzer) =>
        new(LuceneVersion.LUCENE_48, [.. FieldNames], analyzer) { DefaultOperator = Operator.AND };
}
