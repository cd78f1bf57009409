namespace NewsAlerts.Matching.Analysis;

/// <summary>One word of a text: its forms, where it is in the original text and its word position.</summary>
/// <param name="Forms">The folded word and its terms.</param>
/// <param name="Start">Character offset in the text.</param>
/// <param name="Length">Length in characters in the text.</param>
/// <param name="Position">Word position, counting from 0.</param>
/// <param name="JoinsPrevious">
/// Whether this word and the one before it may be read as one compound ("cease fire", "cease-fire"): only
/// spaces or a single hyphen separate them, so they are in the same clause (see <see cref="ClauseGap"/>).
/// </param>
internal readonly record struct AnalyzedWord(WordForms Forms, int Start, int Length, int Position, bool JoinsPrevious)
{
    /// <summary>The Snowball stem (ordinary matching).</summary>
    public string Stem => Forms.Stem;

    /// <summary>The folded word.</summary>
    public string Folded => Forms.Folded;

    /// <summary>The exact-mode term, see <see cref="WordForms.Exact"/>.</summary>
    public string Exact => Forms.Exact;
}
