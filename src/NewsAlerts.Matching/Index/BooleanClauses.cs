using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Index;

/// <summary>All children must match; the presearcher indexes only its cheapest child.</summary>
internal sealed class AndClause(Clause[] children) : Clause
{
    public Clause[] Children { get; } = children;

    public override bool Matches(ArticleView article)
    {
        foreach (var child in Children)
        {
            if (!child.Matches(article))
            {
                return false;
            }
        }

        return true;
    }

    public override void Explain(ArticleView article, List<TermHit> hits)
    {
        foreach (var child in Children)
        {
            child.Explain(article, hits);
        }
    }

    public override KeyChoice? Presearch(TermStatistics? statistics)
    {
        KeyChoice? best = null;
        foreach (var child in Children)
        {
            var choice = child.Presearch(statistics);
            if (choice is not null && (best is null || choice.Cost < best.Cost))
            {
                best = choice;
            }
        }

        return best;
    }
}

/// <summary>At least one child must match; the presearcher indexes every branch.</summary>
internal sealed class OrClause(Clause[] children) : Clause
{
    public Clause[] Children { get; } = children;

    public override bool Matches(ArticleView article)
    {
        foreach (var child in Children)
        {
            if (child.Matches(article))
            {
                return true;
            }
        }

        return false;
    }

    public override void Explain(ArticleView article, List<TermHit> hits)
    {
        foreach (var child in Children)
        {
            if (child.Matches(article))
            {
                child.Explain(article, hits);
            }
        }
    }

    public override KeyChoice? Presearch(TermStatistics? statistics)
    {
        var keys = new List<int>();
        var cost = 0.0;
        foreach (var child in Children)
        {
            var choice = child.Presearch(statistics);
            if (choice is null)
            {
                return null;
            }

            keys.AddRange(choice.Keys);
            cost += choice.Cost;
        }

        return new KeyChoice([.. keys.Distinct()], Math.Min(1.0, cost));
    }
}

/// <summary>The child must not match. Never indexed: an AND around it is indexed by its positive children.</summary>
internal sealed class NotClause(Clause child) : Clause
{
    public Clause Child { get; } = child;

    public override bool Matches(ArticleView article) => !Child.Matches(article);

    public override void Explain(ArticleView article, List<TermHit> hits)
    {
    }

    public override KeyChoice? Presearch(TermStatistics? statistics) => null;
}
