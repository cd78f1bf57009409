namespace NewsAlerts.Matching.Query;

/// <summary>Where in an article a word may match.</summary>
internal enum FieldScope
{
    Any = 0,
    Headline = 1,
    Body = 2,
}

/// <summary>The parsed form of a topic, before analysis. <see cref="ToString"/> prints the normalised query text.</summary>
internal abstract record QueryNode
{
    protected static string ScopePrefix(FieldScope scope) => scope switch
    {
        FieldScope.Headline => "headline:",
        FieldScope.Body => "body:",
        _ => string.Empty,
    };
}

/// <summary>One word as the subscriber wrote it (analysed later); <paramref name="Capitals"/>: written as an acronym (NATO), 3+ capitals A-Z.</summary>
internal sealed record TermQuery(string Text, FieldScope Scope, bool Exact, int Column, bool Capitals = false) : QueryNode
{
    public override string ToString() => ScopePrefix(Scope) + (Exact ? "=" : string.Empty) + (Capitals ? Text.ToUpperInvariant() : Text);
}

/// <summary>A word prefix, <c>ceasefire*</c>.</summary>
internal sealed record PrefixQuery(string Prefix, FieldScope Scope, int Column) : QueryNode
{
    public override string ToString() => ScopePrefix(Scope) + Prefix + "*";
}

/// <summary>Words that must follow each other, <c>"peace talks"</c>.</summary>
internal sealed record PhraseQuery(string Text, FieldScope Scope, bool Exact, int Column) : QueryNode
{
    public override string ToString() => ScopePrefix(Scope) + (Exact ? "=" : string.Empty) + "\"" + Text + "\"";
}

/// <summary>All children must match.</summary>
internal sealed record AndQuery(IReadOnlyList<QueryNode> Children) : QueryNode
{
    public override string ToString() => "(" + string.Join(" AND ", Children) + ")";
}

/// <summary>At least one child must match.</summary>
internal sealed record OrQuery(IReadOnlyList<QueryNode> Children) : QueryNode
{
    public override string ToString() => "(" + string.Join(" OR ", Children) + ")";
}

/// <summary>The child must not match.</summary>
internal sealed record NotQuery(QueryNode Child) : QueryNode
{
    public override string ToString() => "NOT " + Child;
}

/// <summary>Two words or phrases at most <see cref="Distance"/> words apart, in either order, in the same field.</summary>
internal sealed record NearQuery(QueryNode Left, QueryNode Right, int Distance) : QueryNode
{
    public override string ToString() => "(" + Left + " NEAR/" + Distance + " " + Right + ")";
}

/// <summary>Which article metadata a filter tests.</summary>
internal enum FilterKind
{
    Source,
    Subject,
    Language,
    Urgency,
}

/// <summary>Comparison used by <c>urgency:</c>.</summary>
internal enum Comparison
{
    Equal,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>A metadata filter: <c>source:reuters</c>, <c>subject:medtop:20000056</c>, <c>lang:en</c>, <c>urgency:&lt;=3</c>.</summary>
internal sealed record FilterQuery(FilterKind Kind, string Value, Comparison Comparison, int Number) : QueryNode
{
    public override string ToString() => Kind switch
    {
        FilterKind.Source => "source:" + Quote(Value),
        FilterKind.Subject => "subject:" + Quote(Value),
        FilterKind.Language => "lang:" + Value,
        _ => "urgency:" + Comparison switch
        {
            Comparison.Less => "<",
            Comparison.LessOrEqual => "<=",
            Comparison.Greater => ">",
            Comparison.GreaterOrEqual => ">=",
            _ => string.Empty,
        } + Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Quote(string value) => value.Contains(' ', StringComparison.Ordinal) ? "\"" + value + "\"" : value;
}
