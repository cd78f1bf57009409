namespace NewsAlerts.Matching.Index;

/// <summary>
/// One way a word or phrase can appear: a sequence of term ids that must be adjacent (one for a word),
/// the expansion it came from (null for the query's own words) and the prior estimate of each term's rarity.
/// Its kind is its type, so the index spends no memory on flags: this base type holds ordinary (Snowball) terms
/// with plain position semantics, as Lucene's phrases; see <see cref="NameAlternative"/> and <see cref="ExactAlternative"/>.
/// </summary>
/// <param name="Terms">Term ids, in order.</param>
/// <param name="Weights">Prior rarity estimate of each term.</param>
/// <param name="Via">The expansion's display text; null for the query's own words.</param>
internal record WordAlternative(int[] Terms, double[] Weights, string? Via)
{
    /// <summary>The words must also be in one clause of the article (only spaces or a hyphen between them).</summary>
    public virtual bool InOneClause => false;

    /// <summary>The terms are exact-mode terms, compared with the article's exact term ids.</summary>
    public virtual bool Exact => false;
}
