namespace NewsAlerts.Matching.Analysis;

/// <summary>One word of a text: its stem (the term), folded form, where it is in the original text and its word position.</summary>
internal readonly record struct AnalyzedWord(string Stem, string Folded, int Start, int Length, int Position);
