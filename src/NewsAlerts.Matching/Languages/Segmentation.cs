namespace NewsAlerts.Matching.Languages;

/// <summary>How a language's text is cut into words.</summary>
internal enum Segmentation
{
    /// <summary>Unicode word boundaries (UAX #29): languages that write spaces between words.</summary>
    Words,

    /// <summary>Lucene.Net.Analysis.SmartCn's hidden-Markov-model word segmenter (simplified Chinese).</summary>
    SmartChinese,

    /// <summary>Overlapping pairs of Han, kana and Hangul characters, as Lucene's CJKBigramFilter (Japanese, Korean).</summary>
    CjkBigrams,

    /// <summary>ICU dictionary word breaks, as Lucene.Net.ICU's ThaiTokenizer.</summary>
    Thai,
}
