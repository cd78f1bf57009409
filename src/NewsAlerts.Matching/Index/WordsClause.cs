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
            if (FirstMatch(article, alternative, out _, out _))
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
                if (IsMatchAt(article, alternative, occurrence))
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
                if (IsMatchAt(article, alternative, occurrence)
                    && (best is not { } b || occurrence.Field < b.Field || (occurrence.Field == b.Field && occurrence.Position < b.First)))
                {
                    var last = occurrence.Position + (occurrence.Joined ? 1 : terms.Length - 1);
                    best = new WordSpan(occurrence.Field, occurrence.Position, last, alternative.Via);
                }
            }

            if (best is { } found)
            {
                earliest.Add(found);
            }
        }

        // One hit per place in the article and per expansion: two alternatives found at the same words ("ceasefire"
        // as "cease-fire", and via the name "cease fire" at that same "cease-fire") say the same thing once, the
        // direct one preferred; an expansion is shown at its earliest place (headline first).
        earliest.Sort((a, b) => a.Field != b.Field ? a.Field.CompareTo(b.Field)
            : a.First != b.First ? a.First.CompareTo(b.First)
            : (a.Via is null ? 0 : 1).CompareTo(b.Via is null ? 0 : 1));
        var shown = new List<WordSpan>(MaxHits);
        foreach (var candidate in earliest)
        {
            if (shown.Count == MaxHits)
            {
                break;
            }

            if (!shown.Exists(other => other.Via == candidate.Via
                || (other.Field == candidate.Field && other.First <= candidate.Last && candidate.First <= other.Last)))
            {
                shown.Add(candidate);
                hits.Add(ToHit(article, candidate, QueryText));
            }
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

    private bool FirstMatch(ArticleView article, WordAlternative alternative, out int field, out int position)
    {
        var terms = alternative.Terms;
        for (var o = article.First(terms[0]); o >= 0; o = article.At(o).Next)
        {
            var occurrence = article.At(o);
            if (IsMatchAt(article, alternative, occurrence))
            {
                field = occurrence.Field;
                position = occurrence.Position;
                return true;
            }
        }

        field = position = -1;
        return false;
    }

    private bool IsMatchAt(ArticleView article, WordAlternative alternative, in Occurrence occurrence)
    {
        var terms = alternative.Terms;
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

        var field = article.Fields[occurrence.Field];
        var ids = alternative.Exact ? field.ExactTermIds : field.TermIds;
        if (occurrence.Position + terms.Length > ids.Count)
        {
            return false;
        }

        for (var i = 1; i < terms.Length; i++)
        {
            if (ids[occurrence.Position + i] != terms[i]
                || (alternative.InOneClause && !field.Words[occurrence.Position + i].JoinsPrevious))
            {
                return false;
            }
        }

        return true;
    }
}
