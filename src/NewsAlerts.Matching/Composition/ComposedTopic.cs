namespace NewsAlerts.Matching.Composition;

using NewsAlerts.Matching.Query;

/// <summary>A topic written by <see cref="TopicComposer"/>, with where each piece came from.</summary>
/// <param name="Text">The topic in the topic language; empty when the recipe asks for nothing.</param>
/// <param name="Spans">The pieces, in order.</param>
public sealed record ComposedTopic(string Text, IReadOnlyList<ComposedSpan> Spans)
{
    /// <summary>True when the recipe had nothing to compose.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>
    /// The recipe field and the 1-based column in it that a parser error at <paramref name="column"/> of
    /// <see cref="Text"/> points at: the piece holding that column, else the last piece before it; an error before
    /// every piece (a topic of excluded words only) points at the start of <see cref="RecipePart.AllWords"/>.
    /// </summary>
    public (RecipePart Part, int Column) Locate(int column)
    {
        var at = column - 1;
        var span = Spans.LastOrDefault(s => s.Start <= at && at < s.Start + s.Length) ?? Spans.LastOrDefault(s => s.Start <= at);
        if (span is null || (span.Part == RecipePart.NoneWords && Spans.All(s => s.Part == RecipePart.NoneWords)))
        {
            return (RecipePart.AllWords, 1);
        }

        return (span.Part, span.SourceColumn);
    }

    /// <summary>Parses <see cref="Text"/> with the topic parser (the same one sign-up uses).</summary>
    public TopicParseResult Parse() => TopicQuery.Parse(Text);
}
