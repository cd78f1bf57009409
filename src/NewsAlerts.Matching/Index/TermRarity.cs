namespace NewsAlerts.Matching.Index;

/// <summary>
/// Estimates how likely an article is to contain a term, to pick the rarest term of a conjunction as the
/// presearch key. Function words are common; longer words are rarer.
/// </summary>
internal static class TermRarity
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "was",
        "be", "are", "were", "it", "its", "that", "this", "said", "say", "he", "she", "they", "we", "has", "have",
        "had", "not", "but", "will", "would", "year", "new", "mln", "pct", "also", "which", "who", "after", "up",
    };

    public static double Estimate(string stem) => FunctionWords.Contains(stem)
        ? 0.9
        : Math.Clamp(2.0 / (stem.Length * stem.Length), 0.005, 0.5);
}
