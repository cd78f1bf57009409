using Lucene.Net.Tartarus.Snowball.Ext;

namespace NewsAlerts.Matching.Analysis;

/// <summary>
/// The Snowball English (Porter2) stemmer from Lucene.Net.Analysis.Common, with a cache because news repeats
/// the same few thousand words and the stemmer allocates. One instance per thread.
/// </summary>
internal sealed class Stemmer
{
    private const int MaxCacheSize = 200_000;
    private readonly EnglishStemmer stemmer = new();
    private readonly Dictionary<string, WordForms> cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordForms>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Stemmer()
    {
        lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Stems an already folded word; returns the folded word and its stem as shared strings.</summary>
    public WordForms Stem(ReadOnlySpan<char> folded)
    {
        if (lookup.TryGetValue(folded, out var forms))
        {
            return forms;
        }

        var word = folded.ToString();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        var stem = stemmer.Current;
        forms = new WordForms(word, stem == word ? word : stem);
        if (cache.Count >= MaxCacheSize)
        {
            cache.Clear();
        }

        cache[word] = forms;
        return forms;
    }
}
