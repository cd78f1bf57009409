using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index.Memory;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Util;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Languages;
using LuceneQuery = Lucene.Net.Search.Query;

namespace NewsAlerts.Matching.Tests.Differential;

/// <summary>
/// Lucene.NET configured like our analysis of one language: for languages with spaces StandardTokenizer, lower case,
/// ASCII folding, the language's ElisionFilter articles and its SnowballFilter; for Japanese and Korean
/// StandardTokenizer, CJKWidthFilter, lower case, CJKBigramFilter. Queried by the classic MultiFieldQueryParser with
/// AND, a word the analyser cuts in several terms read as a phrase.
/// </summary>
internal sealed class LuceneLanguageReference : IDisposable
{
    private readonly Analyzer analyzer;
    private readonly MemoryIndex memory = new();

    public LuceneLanguageReference(string language)
    {
        var profile = LanguageProfiles.For(language);
        analyzer = profile.Segmentation switch
        {
            Segmentation.CjkBigrams => Analyzer.NewAnonymous((_, reader) =>
            {
                var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
                return new TokenStreamComponents(source, new CJKBigramFilter(stream));
            }),
            Segmentation.Words => Analyzer.NewAnonymous((_, reader) =>
            {
                var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
                TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, source);
                stream = new ASCIIFoldingFilter(stream);
                if (profile.Elisions is { } elisions)
                {
                    stream = new ElisionFilter(stream, new CharArraySet(LuceneVersion.LUCENE_48, elisions.ToList(), ignoreCase: true));
                }

                stream = new SnowballFilter(stream, profile.Snowball!());
                return new TokenStreamComponents(source, stream);
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no reference chain"),
        };
    }

    public LuceneQuery Parse(string topic)
    {
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["headline", "body"], analyzer)
        {
            DefaultOperator = Operator.AND,
            AutoGeneratePhraseQueries = true,
        };
        return parser.Parse(topic);
    }

    public void Load(ArticleDocument article)
    {
        memory.Reset();
        memory.AddField("headline", article.Headline, analyzer);
        memory.AddField("body", article.Body, analyzer);
    }

    public bool Matches(LuceneQuery query) => memory.Search(query) > 0;

    public void Dispose() => analyzer.Dispose();
}
