using System.Globalization;
using NewsAlerts.Matching.Analysis;

namespace NewsAlerts.Matching.Query;

/// <summary>Recursive-descent parser of the topic language. Errors are returned as values, never thrown.</summary>
internal sealed partial class QueryParser
{
    private const int MaxDepth = 32;
    private readonly string text;
    private int pos;
    private int depth;
    private TopicParseResult? error;

    public QueryParser(string text)
    {
        this.text = text;
    }

    /// <summary>
    /// When set, each word, phrase and prefix node is noted with the words the subscriber wrote for it (the span of the
    /// topic without its <c>=</c>, quotes or field scope), for explanations (<see cref="Explanations.TopicWords"/>);
    /// null (the default) while compiling, so the index keeps nothing of it.
    /// </summary>
    public List<(QueryNode Node, string Written)>? Written { get; init; }

    public TopicParseResult ParseTopic()
    {
        var root = ParseOr(FieldScope.Any);
        if (error is null && root is not null)
        {
            SkipSpace();
            if (pos < text.Length)
            {
                Fail(pos, text[pos] == ')' ? "unexpected ')' with no matching '('" : $"unexpected '{text[pos]}'");
            }
        }

        if (error is not null)
        {
            return error;
        }

        if (root is null)
        {
            return TopicParseResult.Fail(1, "the topic is empty");
        }

        if (!IsPositive(root))
        {
            return TopicParseResult.Fail(1, TopicQuery.OnlyExcludesReason);
        }

        return TopicParseResult.Ok(root);
    }

    // A positive query cannot match an article without something in it; NOT-only branches would match everything.
    private static bool IsPositive(QueryNode node) => node switch
    {
        AndQuery and => and.Children.Any(IsPositive),
        OrQuery or => or.Children.All(IsPositive),
        NotQuery => false,
        _ => true,
    };

    private const string SyntaxCharacters = "()\"*:=-+/<>|&!~^";

    private QueryNode? ParseOr(FieldScope scope)
    {
        var first = ParseAnd(scope);
        if (first is null)
        {
            return null;
        }

        var children = new List<QueryNode> { first };
        while (error is null && TryKeyword("OR"))
        {
            var operatorAt = pos - 2;
            var next = ParseAnd(scope);
            if (next is null)
            {
                return FailNull(operatorAt, "OR needs a term after it");
            }

            Flatten<OrQuery>(children, next, o => o.Children);
        }

        return children.Count == 1 ? first : new OrQuery(children);
    }

    private QueryNode? ParseAnd(FieldScope scope)
    {
        var children = new List<QueryNode>();
        (int At, string Raw)? skipped = null;
        while (error is null)
        {
            SkipSpace();
            if (SkipSymbols() is { } symbols)
            {
                skipped ??= symbols;
                continue;
            }

            if (pos >= text.Length || text[pos] == ')' || PeekKeyword("OR"))
            {
                if (children.Count == 0 && skipped is { } only)
                {
                    // Nothing searchable but symbols: refused at the first, as a word of them always was.
                    return FailNull(only.At, $"'{only.Raw}' has no letters or digits");
                }

                if (children.Count == 0 && PeekKeyword("OR"))
                {
                    return FailNull(pos, "OR needs a term before it");
                }

                break;
            }

            var explicitAnd = TryKeyword("AND");
            var operatorAt = pos - 3;
            if (explicitAnd && children.Count == 0)
            {
                return FailNull(operatorAt, "AND needs a term before it");
            }

            var next = ParseUnary(scope);
            if (next is null)
            {
                return explicitAnd ? FailNull(operatorAt, "AND needs a term after it") : null;
            }

            Flatten<AndQuery>(children, next, a => a.Children);
        }

        if (error is not null || children.Count == 0)
        {
            return null;
        }

        return children.Count == 1 ? children[0] : new AndQuery(children);
    }

    // Trial r37 #14: a word of emoji or symbols only ("🔥💥 news", "Syria — Aleppo") among words is passed over, as the
    // analyser passes over punctuation in articles, instead of refusing the whole topic; a topic of nothing else is
    // still refused, at the first of them (ParseAnd). Characters of the query syntax (and '|', '&', '!', which people
    // mean as operators) are not passed over, so "Syria | Iraq" stays an error rather than silently meaning AND.
    private (int At, string Raw)? SkipSymbols()
    {
        var start = pos;
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c) || SyntaxCharacters.Contains(c))
            {
                return null;
            }

            end++;
        }

        if (end == start)
        {
            return null;
        }

        pos = end;
        return (start, text[start..end]);
    }

    private QueryNode? ParseUnary(FieldScope scope)
    {
        SkipSpace();
        var at = pos;
        if (TryKeyword("NOT") || TryChar('-'))
        {
            if (++depth > MaxDepth)
            {
                return FailNull(at, "too many nested NOTs");
            }

            var child = ParseUnary(scope);
            depth--;
            return child is null ? FailNull(at, "NOT needs a term after it") : new NotQuery(child);
        }

        return ParseNear(scope);
    }

    private QueryNode? ParseNear(FieldScope scope)
    {
        var left = ParsePrimary(scope);
        while (left is not null && error is null)
        {
            SkipSpace();
            var at = pos;
            if (!PeekKeyword("NEAR", allowSlash: true))
            {
                break;
            }

            pos += 4;
            var distance = 5;
            if (TryChar('/'))
            {
                var start = pos;
                while (pos < text.Length && char.IsAsciiDigit(text[pos]))
                {
                    pos++;
                }

                if (pos == start || !int.TryParse(text.AsSpan(start, pos - start), NumberStyles.None, CultureInfo.InvariantCulture, out distance) || distance is < 1 or > 50)
                {
                    // A distance past a bound names the bound crossed (trial r38 #11's kind): NEAR/0, NEAR/99.
                    return FailNull(start, "NEAR/ needs a distance from 1 to 50 words" + (pos == start ? string.Empty : distance == 0 && text.AsSpan(start, pos - start).TrimStart('0').IsEmpty ? " (at least 1)" : " (at most 50)"));
                }
            }

            var right = ParsePrimary(scope);
            if (right is null)
            {
                return FailNull(at, "NEAR needs a word or phrase after it");
            }

            if (!IsPositional(left) || !IsPositional(right))
            {
                return FailNull(at, "NEAR joins words or phrases only");
            }

            left = new NearQuery(left, right, distance);
        }

        return left;
    }

    private static bool IsPositional(QueryNode node) => node is TermQuery or PhraseQuery or PrefixQuery;

    private static void Flatten<T>(List<QueryNode> into, QueryNode node, Func<T, IReadOnlyList<QueryNode>> children)
        where T : QueryNode
    {
        if (node is T same)
        {
            into.AddRange(children(same));
        }
        else
        {
            into.Add(node);
        }
    }
}
