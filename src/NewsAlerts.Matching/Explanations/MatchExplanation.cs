namespace NewsAlerts.Matching.Explanations;

/// <summary>Why an article matched a topic: the normalised topic and the evidence for each positive clause.</summary>
/// <param name="Topic">The normalised topic text.</param>
/// <param name="Hits">The terms and filters that matched, in query order; NOT clauses contribute none.</param>
public sealed record MatchExplanation(string Topic, IReadOnlyList<TermHit> Hits)
{
    /// <summary>One line for alert text, e.g. <c>"ceasefire" via "truce" (truce) in the headline at word 6</c>.</summary>
    public override string ToString() => string.Join("; ", Hits);
}
