namespace NewsAlerts.Matching.Index;

/// <summary>
/// One way a word or phrase can appear: a sequence of term ids that must be adjacent (one for a word),
/// the expansion it came from (null for the query's own words) and the prior estimate of each term's rarity.
/// </summary>
/// <param name="Terms">Term ids, in order.</param>
/// <param name="Weights">Prior rarity estimate of each term.</param>
/// <param name="Via">The expansion's display text; null for the query's own words.</param>
/// <param name="InOneClause">
/// The words must also be in one clause of the article (only spaces or a hyphen between them): set for expansion
/// names written that way, so the name "cease fire" is not found in "told to cease. Fire broke out". The query's
/// own phrases keep plain position semantics, as Lucene's.
/// </param>
internal sealed record WordAlternative(int[] Terms, double[] Weights, string? Via, bool InOneClause = false);
