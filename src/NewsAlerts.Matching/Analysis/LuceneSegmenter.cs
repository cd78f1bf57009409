using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Th;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using NewsAlerts.Matching.Languages;

namespace NewsAlerts.Matching.Analysis;

/// <summary>
/// Finds the words of languages written without spaces with Lucene's own tokenizers: SmartCn for Chinese, the
/// standard tokenizer with CJK bigrams for Japanese and Korean, ICU word breaks for Thai. Reports each word's
/// span in the text, so explanations point at the article's characters. One instance per thread.
/// </summary>
internal sealed class LuceneSegmenter : IDisposable
{
    private readonly Analyzer analyzer;

    public LuceneSegmenter(Segmentation segmentation)
    {
        analyzer = Create(segmentation);
    }

    /// <summary>The Lucene analysis chain of a segmentation, without case folding (ours folds); shared with the differential tests.</summary>
    public static Analyzer Create(Segmentation segmentation) => segmentation switch
    {
        Segmentation.SmartChinese => Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new HMMChineseTokenizer(reader))),
        Segmentation.CjkBigrams => Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(new CJKWidthFilter(tokenizer)));
        }),
        Segmentation.Thai => Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new ThaiTokenizer(reader))),
        _ => throw new ArgumentOutOfRangeException(nameof(segmentation), segmentation, "words are found by WordBreaker"),
    };

    /// <summary>
    /// Appends each word of <paramref name="text"/> in order: its text as the tokenizer made it (half-width kana
    /// widened) and the character span it came from (the whole run when widening changed its length).
    /// </summary>
    public void Segment(string text, List<(int Start, int End, string Term)> words)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add((offsets.StartOffset, offsets.EndOffset, term.ToString()));
        }

        stream.End();
    }

    public void Dispose() => analyzer.Dispose();
}
