namespace NewsAlerts.Matching.Analysis;

/// <summary>A word after folding, and its stem.</summary>
internal sealed record WordForms(string Folded, string Stem);
