namespace NewsAlerts.Matching.Composition;

/// <summary>
/// A piece of a recipe field that <see cref="TopicComposer"/> left out because it has nothing to search for: no letter
/// or digit (<c>(</c>, <c>--</c>, only invisible characters), so the checks of a builder row can name it rather than
/// let it vanish.
/// </summary>
/// <param name="Part">The recipe field.</param>
/// <param name="SourceColumn">1-based column in the recipe field where the piece starts.</param>
/// <param name="Text">The piece as written.</param>
public sealed record LeftOutPiece(RecipePart Part, int SourceColumn, string Text);
