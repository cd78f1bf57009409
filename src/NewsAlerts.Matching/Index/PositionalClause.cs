namespace NewsAlerts.Matching.Index;

/// <summary>A clause whose matches have word positions, so NEAR can combine two of them.</summary>
internal abstract class PositionalClause : Clause
{
    /// <summary>Field mask: bit 0 headline, bit 1 body.</summary>
    public int Fields { get; init; } = 3;

    /// <summary>The query text shown in explanations.</summary>
    public required string QueryText { get; init; }

    /// <summary>Appends every place the clause matches.</summary>
    public abstract void CollectSpans(ArticleView article, List<WordSpan> spans);

    protected bool Allows(int field) => (Fields & (1 << field)) != 0;
}

/// <summary>Where a positional clause matched: field, first and last word, and the expansion used (null if none).</summary>
internal readonly record struct WordSpan(int Field, int First, int Last, string? Via);
