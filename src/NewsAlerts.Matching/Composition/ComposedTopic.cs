namespace NewsAlerts.Matching.Composition;

using NewsAlerts.Matching.Query;

/// <summary>A topic written by <see cref="TopicComposer"/>, with where each piece came from.</summary>
/// <param name="Text">The topic in the topic language; empty when the recipe asks for nothing.</param>
/// <param name="Spans">The pieces, in order.</param>
/// <param name="LeftOut">The pieces left out for having nothing to search for, in field order (none when null).</param>
public sealed record ComposedTopic(string Text, IReadOnlyList<ComposedSpan> Spans, IReadOnlyList<LeftOutPiece>? LeftOut = null)
{
    /// <summary>True when the recipe had nothing to compose.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>
    /// The recipe field and the 1-based column in it that a parser error at <paramref name="column"/> of
    /// <see cref="Text"/> points at: the piece holding that column, else the last piece before it. An error before
    /// every piece (the parser's column 1 of a topic of excluded words only, <c>headline:(-war)</c>) points at the
    /// first piece, so always at a field the person filled (issue 16: <c>none=war</c> alone was blamed on
    /// <see cref="RecipePart.AllWords"/>, left empty); with no piece at all, at the start of <see cref="RecipePart.AllWords"/>.
    /// </summary>
    public (RecipePart Part, int Column) Locate(int column)
    {
        var at = column - 1;
        var span = Spans.LastOrDefault(s => s.Start <= at && at < s.Start + s.Length) ?? Spans.LastOrDefault(s => s.Start <= at) ?? Spans.FirstOrDefault();
        return span is null ? (RecipePart.AllWords, 1) : (span.Part, span.SourceColumn);
    }

    /// <summary>Parses <see cref="Text"/> with the topic parser (the same one sign-up uses).</summary>
    public TopicParseResult Parse() => TopicQuery.Parse(Text);
}
