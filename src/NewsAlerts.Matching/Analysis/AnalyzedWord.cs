namespace NewsAlerts.Matching.Analysis;

/// <summary>One word of a text: its terms, folded form, where it is in the original text and its word position.</summary>
/// <param name="Stem">The Snowball stem (ordinary matching).</param>
/// <param name="Folded">The folded word.</param>
/// <param name="Exact">The exact-mode term (minimal plural stem behind a marker), see <see cref="WordForms.Exact"/>.</param>
/// <param name="Start">Character offset in the text.</param>
/// <param name="Length">Length in characters in the text.</param>
/// <param name="Position">Word position, counting from 0.</param>
/// <param name="JoinsPrevious">
/// Whether this word and the one before it may be read as one compound ("cease fire", "cease-fire"): only
/// spaces or a single hyphen separate them, so they are in the same clause (see <see cref="ClauseGap"/>).
/// </param>
internal readonly record struct AnalyzedWord(string Stem, string Folded, string Exact, int Start, int Length, int Position, bool JoinsPrevious);
