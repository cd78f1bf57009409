using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Index;

/// <summary>A compiled piece of a topic, evaluated against an analysed article.</summary>
internal abstract class Clause
{
    public abstract bool Matches(ArticleView article);

    /// <summary>Adds the evidence of a clause that <see cref="Matches"/>.</summary>
    public abstract void Explain(ArticleView article, List<TermHit> hits);

    /// <summary>
    /// Keys at least one of which every matching article contains (the presearcher's required terms),
    /// or null when the clause cannot be indexed that way. Costs come from the statistics when given, else from priors.
    /// </summary>
    public abstract KeyChoice? Presearch(TermStatistics? statistics);
}

/// <summary>A set of presearch keys and its estimated cost (the chance an article contains one of them).</summary>
internal sealed record KeyChoice(IReadOnlyList<int> Keys, double Cost);
