namespace NewsAlerts.Matching.Index;

/// <summary>
/// An expansion name of several words written with only spaces or hyphens ("cease fire", "Syrian Arab Republic"): it
/// is found only where the article has the words in one clause, so "told to cease. Fire broke out" is not a ceasefire.
/// </summary>
/// <param name="Terms">Term ids, in order.</param>
/// <param name="Weights">Prior rarity estimate of each term.</param>
/// <param name="Via">The expansion's display text.</param>
internal sealed record NameAlternative(int[] Terms, double[] Weights, string? Via) : WordAlternative(Terms, Weights, Via)
{
    /// <inheritdoc />
    public override bool InOneClause => true;
}
