using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Index;

/// <summary>
/// A word or phrase with its alternatives: joined compound form, stemmed variants and expansions
/// (Syria: "syria", "syrian", "syrian arab republic"). Matches when any alternative occurs in an allowed field.
/// </summary>
internal sealed class WordsClause : PositionalClause
{
    private const int MaxHits = 3;

    public required WordAlternative[] Alternatives { get; init; }

    public override bool Matches(ArticleView article)
    {
        foreach (var alternative in Alternatives)
        {
            if (FirstMatch(article, alternative.Terms, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    public override void CollectSpans(ArticleView article, List<WordSpan> spans)
    {
        foreach (var alternative in Alternatives)
        {
            var terms = alternative.Terms;
            for (var o = article.First(terms[0]); o >= 0; o = article.At(o).Next)
            {
                var occurrence = article.At(o);
                if (IsMatchAt(article, terms, occurrence))
                {
                    var last = occurrence.Position + (occurrence.Joined ? 1 : terms.Length - 1);
                    spans.Add(new WordSpan(occurrence.Field, occurrence.Position, last, alternative.Via));
                }
            }
        }
    }

    public override void Explain(ArticleView article, List<TermHit> hits)
    {
        // The earliest place (headline first) of each alternative, so "ceasefire via truce" is not buried.
        var earliest = new List<WordSpan>(Alternatives.Length);
        foreach (var alternative in Alternatives)
        {
            var terms = alternative.Terms;
            WordSpan? best = null;
            for (var o = article.First(terms[0]); o >= 0; o = article.At(o).Next)
            {
                var occurrence = article.At(o);
                if (IsMatchAt(article, terms, occurrence)
                    && (best is not { } b || occurrence.Field < b.Field || (occurrence.Field == b.Field && occurrence.Position < b.First)))
                {
                    var last = occurrence.Position + (occurrence.Joined ? 1 : terms.Length - 1);
                    best = new WordSpan(occurrence.Field, occurrence.Position, last, alternative.Via);
                }
            }

            if (best is { } found)
            {
                var same = -1;
                for (var i = 0; i < earliest.Count && same < 0; i++)
                {
                    same = earliest[i].Via == found.Via ? i : -1;
                }

                if (same < 0)
                {
                    earliest.Add(found);
                }
                else if (found.Field < earliest[same].Field || (found.Field == earliest[same].Field && found.First < earliest[same].First))
                {
                    earliest[same] = found;
                }
            }
        }

        earliest.Sort((a, b) => a.Field != b.Field ? a.Field.CompareTo(b.Field) : a.First.CompareTo(b.First));
        for (var i = 0; i < earliest.Count && i < MaxHits; i++)
        {
            hits.Add(ToHit(article, earliest[i], QueryText));
        }
    }

    public static TermHit ToHit(ArticleView article, WordSpan span, string queryText)
    {
        var field = article.Fields[span.Field];
        return new TermHit(
            queryText,
            field.Surface(span.First, span.Last),
            span.Via,
            span.Field == 0 ? ArticleField.Headline : ArticleField.Body,
            span.First,
            field.Words[span.First].Start);
    }

    public override KeyChoice? Presearch(TermStatistics? statistics)
    {
        var keys = new List<int>(Alternatives.Length);
        var cost = 0.0;
        foreach (var alternative in Alternatives)
        {
            // A phrase can only match if its rarest word is present, so that word alone is its key.
            var best = 0;
            var bestCost = double.MaxValue;
            for (var i = 0; i < alternative.Terms.Length; i++)
            {
                var termCost = statistics?.Estimate(alternative.Terms[i], alternative.Weights[i]) ?? alternative.Weights[i];
                if (termCost < bestCost)
                {
                    best = i;
                    bestCost = termCost;
                }
            }

            if (!keys.Contains(alternative.Terms[best]))
            {
                keys.Add(alternative.Terms[best]);
                cost += bestCost;
            }
        }

        return new KeyChoice(keys, Math.Min(1.0, cost));
    }

    private bool FirstMatch(ArticleView article, int[] terms, out int field, out int position)
    {
        for (var o = article.First(terms[0]); o >= 0; o = article.At(o).Next)
        {
            var occurrence = article.At(o);
            if (IsMatchAt(article, terms, occurrence))
            {
                field = occurrence.Field;
                position = occurrence.Position;
                return true;
            }
        }

        field = position = -1;
        return false;
    }

    private bool IsMatchAt(ArticleView article, int[] terms, in Occurrence occurrence)
    {
        if (!Allows(occurrence.Field))
        {
            return false;
        }

        if (terms.Length == 1)
        {
            return true;
        }

        if (occurrence.Joined)
        {
            return false;
        }

        var ids = article.Fields[occurrence.Field].TermIds;
        if (occurrence.Position + terms.Length > ids.Count)
        {
            return false;
        }

        for (var i = 1; i < terms.Length; i++)
        {
            if (ids[occurrence.Position + i] != terms[i])
            {
                return false;
            }
        }

        return true;
    }
}
