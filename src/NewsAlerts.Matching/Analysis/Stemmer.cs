using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using NewsAlerts.Matching.Languages;

namespace NewsAlerts.Matching.Analysis;

/// <summary>
/// The Snowball English (Porter2) stemmer from Lucene.Net.Analysis.Common, with a cache because news repeats
/// the same few thousand words and the stemmer allocates. Other languages get their own Snowball or Lucene stemmer,
/// or none (folding only); outside English the exact term is the folded word. One instance per thread.
/// </summary>
internal sealed class Stemmer
{
    private const int MaxCacheSize = 200_000;
    private readonly SnowballProgram? stemmer;
    private readonly Func<char[], int, int>? charStemmer;
    private readonly bool exactIsFolded;
    private char[] chars = new char[64];
    private readonly Dictionary<string, WordForms> cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordForms>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Stemmer()
        : this(LanguageProfiles.English)
    {
    }

    public Stemmer(LanguageProfile language)
    {
        stemmer = language.IsEnglish ? new EnglishStemmer() : language.Snowball?.Invoke();
        charStemmer = language.CharStemmer?.Invoke();
        exactIsFolded = !language.IsEnglish;
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
        var stem = StemOf(word);
        stem = stem == word ? word : stem;
        forms = exactIsFolded ? new WordForms(word, stem, WordForms.ExactMarker + word) : new WordForms(word, stem);
        if (cache.Count >= MaxCacheSize)
        {
            cache.Clear();
        }

        cache[word] = forms;
        return forms;
    }

    private string StemOf(string word)
    {
        if (stemmer is not null)
        {
            stemmer.SetCurrent(word);
            stemmer.Stem();
            return stemmer.Current;
        }

        if (charStemmer is null)
        {
            return word;
        }

        if (chars.Length < word.Length)
        {
            chars = new char[word.Length * 2];
        }

        word.CopyTo(chars);
        var length = charStemmer(chars, word.Length);
        return new string(chars, 0, length);
    }
}
