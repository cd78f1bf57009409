namespace NewsAlerts.Matching.Analysis;

/// <summary>A word after folding, its Snowball stem and its exact-mode term.</summary>
/// <param name="Folded">The word folded (lower case, no diacritics, possessive stripped).</param>
/// <param name="Stem">The Snowball English stem: the term of ordinary matching ("talking" gives "talk").</param>
/// <param name="Exact">
/// The term of exact matching (<c>=word</c>): the folded word with only its plural undone, as Lucene's
/// EnglishMinimalStemmer does ("talks" gives "talk", "talking" stays "talking"), behind <see cref="ExactMarker"/>
/// so it never meets a Snowball stem.
/// </param>
internal sealed record WordForms(string Folded, string Stem, string Exact)
{
    /// <summary>Starts every exact term, so "talk" (exact) and "talk" (stem of "talking") are different terms.</summary>
    public const char ExactMarker = '\u0005';
}
