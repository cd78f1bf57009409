using System.Globalization;
using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Index;

/// <summary>A metadata filter: source, language and subject by key equality; urgency by comparison.</summary>
internal sealed class FilterClause : Clause
{
    public required FilterKind Kind { get; init; }

    /// <summary>Normalised source or language, or the resolved IPTC qcode.</summary>
    public required string Value { get; init; }

    public required int Key { get; init; }

    public Comparison Comparison { get; init; }

    public int Number { get; init; }

    public required string QueryText { get; init; }

    public override bool Matches(ArticleView article) => Kind switch
    {
        FilterKind.Urgency => article.Document.Urgency is int urgency && Compare(urgency),
        FilterKind.Subject => article.Subjects.Contains(Value),
        FilterKind.Source => article.Source == Value,
        _ => article.Language == Value,
    };

    public override void Explain(ArticleView article, List<TermHit> hits)
    {
        var (field, matched) = Kind switch
        {
            FilterKind.Urgency => (ArticleField.Urgency, article.Document.Urgency?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
            FilterKind.Subject => (ArticleField.Subject, Value),
            FilterKind.Source => (ArticleField.Source, article.Document.Source ?? string.Empty),
            _ => (ArticleField.Language, article.Document.Language ?? string.Empty),
        };
        hits.Add(new TermHit(QueryText, matched, null, field, 0, 0));
    }

    // Urgency is not indexed: an urgency-only topic is confirmed against every article, which is cheap.
    public override KeyChoice? Presearch(TermStatistics? statistics)
    {
        if (Kind == FilterKind.Urgency)
        {
            return null;
        }

        var prior = Kind == FilterKind.Language ? 0.9 : 0.1;
        return new KeyChoice([Key], statistics?.Estimate(Key, prior) ?? prior);
    }

    private bool Compare(int urgency) => Comparison switch
    {
        Comparison.Less => urgency < Number,
        Comparison.LessOrEqual => urgency <= Number,
        Comparison.Greater => urgency > Number,
        Comparison.GreaterOrEqual => urgency >= Number,
        _ => urgency == Number,
    };
}
