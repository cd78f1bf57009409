namespace NewsAlerts.Matching.Explanations;

/// <summary>
/// Removes evidence an explanation already gives: the same topic word found at the same place of the article by two
/// clauses (<c>Syria AND (Syria OR Damascus)</c>, or a NEAR side that is also a term of its own). Different topic
/// words found at one place are each kept, since each is part of why the article matched.
/// </summary>
internal static class DistinctHits
{
    /// <summary>Removes, in place and keeping the first, every hit with the same query term, field and position as an earlier one.</summary>
    public static void RemoveRepeats(List<TermHit> hits)
    {
        if (hits.Count < 2)
        {
            return;
        }

        var seen = new HashSet<(string, ArticleField, int)>();
        hits.RemoveAll(hit => !seen.Add((hit.QueryTerm, hit.Field, hit.Position)));
    }
}
