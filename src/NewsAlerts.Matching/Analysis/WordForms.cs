using Lucene.Net.Analysis.En;

namespace NewsAlerts.Matching.Analysis;

/// <summary>A word after folding, its Snowball stem and (on demand) its exact-mode term.</summary>
/// <param name="Folded">The word folded (lower case, no diacritics, possessive stripped).</param>
/// <param name="Stem">The Snowball English stem: the term of ordinary matching ("talking" gives "talk").</param>
internal sealed class WordForms(string Folded, string Stem)
{
    /// <summary>Starts every exact term, so "talk" (exact) and "talk" (stem of "talking") are different terms.</summary>
    public const char ExactMarker = '\u0005';

    /// <summary>Starts the term of a word written in capitals in an article (<c>NATO</c>), which only acronym expansions look for.</summary>
    public const char AcronymMarker = '\u0006';

    // Stateless: it edits the array it is given.
    private static readonly EnglishMinimalStemmer Minimal = new();

    private string? exact;

    /// <summary>Forms with a given exact term: outside English exact mode is folding only, so it is <see cref="ExactMarker"/> + folded.</summary>
    public WordForms(string folded, string stem, string exact)
        : this(folded, stem)
    {
        this.exact = exact;
    }

    /// <summary>The folded word.</summary>
    public string Folded { get; } = Folded;

    /// <summary>The Snowball stem.</summary>
    public string Stem { get; } = Stem;

    /// <summary>
    /// The term of exact matching (<c>=word</c>): the folded word with only its plural undone, as Lucene's
    /// EnglishMinimalStemmer does ("talks" gives "talk", "talking" stays "talking"), behind <see cref="ExactMarker"/>.
    /// Made on first use, so the stem cache costs nothing for it while no topic is exact.
    /// </summary>
    public string Exact => exact ??= ExactTerm(Folded);

    private static string ExactTerm(string word)
    {
        var letters = word.ToCharArray();
        var length = Minimal.Stem(letters, letters.Length);
        return ExactMarker + new string(letters, 0, length);
    }
}
