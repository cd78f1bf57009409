using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Explanations;

/// <summary>
/// The words of a topic as its subscriber wrote them, for explanations (issue 16, trial finding #9): the matcher keeps
/// a folded key per word (<c>treve</c> for <c>trêve</c>, <c>zurich</c> for <c>Zürich</c>, <c>αθηνα</c> for
/// <c>Αθήνα</c>, <c>غزة</c> for <c>غَزَّة</c>), and a reason quotes the subscriber's own spelling instead. The written form
/// is read again from the stored topic text when a reason is made, never kept in the index, so the index's memory per
/// subscription does not grow (the matching benchmark's "index memory per subscription"). One instance
/// (<see cref="Of"/>) parses its topic once and answers for every query term of it, so a reason of several hits reads
/// the topic once, not once per hit.
/// </summary>
public sealed class TopicWords
{
    private static readonly TopicWords None = new(null);

    // Query term (QueryNode.ToString(), what TermHit.QueryTerm carries) -> the first non-empty words written for it.
    private readonly Dictionary<string, string>? written;

    private TopicWords(Dictionary<string, string>? written) => this.written = written;

    /// <summary>
    /// The words of <paramref name="topic"/> (a topic as written, in the topic language), parsed once. A null, blank,
    /// over-long (<see cref="TopicQuery.MaxLength"/>) or unparsable topic gives an instance that answers every term with
    /// the term itself.
    /// </summary>
    public static TopicWords Of(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic) || topic.Length > TopicQuery.MaxLength)
        {
            return None;
        }

        var nodes = new List<(QueryNode Node, string Written)>();
        try
        {
            if (new QueryParser(topic) { Written = nodes }.ParseTopic().Root is null)
            {
                return None;
            }
        }
        catch (InsufficientExecutionStackException)
        {
            return None;
        }

        var words = new Dictionary<string, string>(nodes.Count, StringComparer.Ordinal);
        foreach (var (node, text) in nodes)
        {
            // The first non-empty spelling wins, as a topic that writes a word twice is quoted by its first.
            if (text.Length > 0)
            {
                words.TryAdd(node.ToString(), text);
            }
        }

        return words.Count == 0 ? None : new TopicWords(words);
    }

    /// <summary>
    /// The words of <paramref name="topic"/> (a topic as written, in the topic language) that the matcher's query term
    /// <paramref name="queryTerm"/> (<see cref="TermHit.QueryTerm"/>: <c>treve</c>, <c>=zurich</c>,
    /// <c>headline:"treve de noel"</c>, <c>ceasefir*</c>) was compiled from, as written there, on one line, without the
    /// <c>=</c>, quotes or field scope around them (<c>Trêve</c>, <c>Zürich</c>, <c>trêve de Noël</c>, <c>Cessez*</c>);
    /// the first such word when the topic writes it twice. <paramref name="queryTerm"/> itself when the topic is null,
    /// does not parse or has no such word (a filter such as <c>source:reuters</c>, or a reason made before the topic
    /// changed). Parses the topic on every call: for several terms of one topic, use <see cref="Of"/> once.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="queryTerm"/> is null.</exception>
    public static string WrittenAs(string? topic, string queryTerm)
    {
        ArgumentNullException.ThrowIfNull(queryTerm);
        return Of(topic).WrittenAs(queryTerm);
    }

    /// <summary>
    /// The words this topic wrote for <paramref name="queryTerm"/>, as <see cref="WrittenAs(string?, string)"/> says;
    /// <paramref name="queryTerm"/> itself when it has none. A dictionary look-up, no parsing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="queryTerm"/> is null.</exception>
    public string WrittenAs(string queryTerm)
    {
        ArgumentNullException.ThrowIfNull(queryTerm);
        return written is not null && written.TryGetValue(queryTerm, out var words) ? words : queryTerm;
    }
}
