namespace NewsAlerts.Matching.Query;

/// <summary>
/// The outcome of <see cref="TopicQuery.Parse"/>: either a topic with its normalised text, or the column (1-based)
/// and a readable reason of the first syntax error.
/// </summary>
public sealed record TopicParseResult
{
    private TopicParseResult(bool success, string? normalizedText, int column, string? reason, QueryNode? root)
    {
        Success = success;
        NormalizedText = normalizedText;
        Column = column;
        Reason = reason;
        Root = root;
    }

    /// <summary>True when the topic parsed.</summary>
    public bool Success { get; }

    /// <summary>The canonical form of the topic (operators upper case, words folded, explicit grouping); null on error.</summary>
    public string? NormalizedText { get; }

    /// <summary>1-based column of the error; 0 on success.</summary>
    public int Column { get; }

    /// <summary>Why the topic could not be parsed; null on success.</summary>
    public string? Reason { get; }

    /// <summary>"unclosed quote at column 14", or null on success.</summary>
    public string? Error => Success ? null : $"{Reason} at column {Column}";

    internal QueryNode? Root { get; }

    internal static TopicParseResult Ok(QueryNode root)
    {
        var text = root.ToString();
        if (root is AndQuery or OrQuery)
        {
            // The whole topic needs no grouping parentheses of its own.
            text = text[1..^1];
        }

        return new(true, text, 0, null, root);
    }

    internal static TopicParseResult Fail(int column, string reason) => new(false, null, column, reason, null);
}
