namespace NewsAlerts.Matching.Index;

/// <summary>The words of an exact topic (<c>=word</c>): exact-mode terms, the word but for a plural or possessive.</summary>
/// <param name="Terms">Exact term ids, in order.</param>
/// <param name="Weights">Prior rarity estimate of each term.</param>
/// <param name="Via">Always null: exact words are not expanded.</param>
internal sealed record ExactAlternative(int[] Terms, double[] Weights, string? Via) : WordAlternative(Terms, Weights, Via)
{
    /// <inheritdoc />
    public override bool Exact => true;
}
