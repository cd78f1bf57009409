namespace NewsAlerts.Matching.Composition;

/// <summary>Where one piece of a composed topic came from.</summary>
/// <param name="Part">The recipe field.</param>
/// <param name="Start">0-based offset of the piece in the composed topic.</param>
/// <param name="Length">Length of the piece in the composed topic (quotes included).</param>
/// <param name="SourceColumn">1-based column in the recipe field where the piece's text starts.</param>
public sealed record ComposedSpan(RecipePart Part, int Start, int Length, int SourceColumn);
