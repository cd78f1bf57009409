using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Index;

/// <summary>Two words or phrases in the same field with at most <see cref="Distance"/> words between them, either order.</summary>
internal sealed class NearClause(PositionalClause left, PositionalClause right, int distance) : Clause
{
    [ThreadStatic]
    private static List<WordSpan>? leftSpans;

    [ThreadStatic]
    private static List<WordSpan>? rightSpans;

    public PositionalClause Left { get; } = left;

    public PositionalClause Right { get; } = right;

    public int Distance { get; } = distance;

    public override bool Matches(ArticleView article) => Find(article, out _, out _);

    public override void Explain(ArticleView article, List<TermHit> hits)
    {
        if (Find(article, out var a, out var b))
        {
            hits.Add(WordsClause.ToHit(article, a, Left.QueryText));
            hits.Add(WordsClause.ToHit(article, b, Right.QueryText));
        }
    }

    public override KeyChoice? Presearch(TermStatistics? statistics) => new AndClause([Left, Right]).Presearch(statistics);

    private bool Find(ArticleView article, out WordSpan foundLeft, out WordSpan foundRight)
    {
        foundLeft = foundRight = default;
        if (!Left.Matches(article) || !Right.Matches(article))
        {
            return false;
        }

        var lefts = leftSpans ??= [];
        var rights = rightSpans ??= [];
        lefts.Clear();
        rights.Clear();
        Left.CollectSpans(article, lefts);
        Right.CollectSpans(article, rights);
        foreach (var l in lefts)
        {
            foreach (var r in rights)
            {
                if (l.Field != r.Field)
                {
                    continue;
                }

                var gap = r.First > l.Last ? r.First - l.Last - 1 : l.First > r.Last ? l.First - r.Last - 1 : -1;
                if (gap >= 0 && gap <= Distance)
                {
                    foundLeft = l;
                    foundRight = r;
                    return true;
                }
            }
        }

        return false;
    }
}
