namespace NewsAlerts.Matching.Index;

/// <summary>
/// One way a word or phrase can appear: a sequence of term ids that must be adjacent (one for a word),
/// the expansion it came from (null for the query's own words) and the prior estimate of each term's rarity.
/// </summary>
internal sealed record WordAlternative(int[] Terms, double[] Weights, string? Via);
