using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Index;

/// <summary>A prefix wildcard (<c>ceasefire*</c>): some word of an allowed field starts with the folded prefix.</summary>
internal sealed class PrefixClause : PositionalClause
{
    public required string Prefix { get; init; }

    /// <summary>The key for the first three characters, which every matching article has.</summary>
    public required int Key { get; init; }

    public override bool Matches(ArticleView article)
    {
        if (!article.HasKey(Key))
        {
            return false;
        }

        for (var field = 0; field < 2; field++)
        {
            if (Allows(field) && article.HasWordStartingWith(field, Prefix))
            {
                return true;
            }
        }

        return false;
    }

    public override void CollectSpans(ArticleView article, List<WordSpan> spans)
    {
        for (var field = 0; field < 2; field++)
        {
            if (!Allows(field))
            {
                continue;
            }

            var words = article.Fields[field].Words;
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Folded.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    spans.Add(new WordSpan(field, i, i, null));
                }
            }
        }
    }

    public override void Explain(ArticleView article, List<TermHit> hits)
    {
        var spans = new List<WordSpan>();
        CollectSpans(article, spans);
        if (spans.Count > 0)
        {
            hits.Add(WordsClause.ToHit(article, spans[0], QueryText));
        }
    }

    public override KeyChoice? Presearch(TermStatistics? statistics) => new([Key], statistics?.Estimate(Key, 0.05) ?? 0.05);
}
