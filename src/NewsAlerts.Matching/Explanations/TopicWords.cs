using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Explanations;

/// <summary>
/// The words of a topic as its subscriber wrote them, for explanations (issue 16, trial finding #9): the matcher keeps
/// a folded key per word (<c>treve</c> for <c>trêve</c>, <c>zurich</c> for <c>Zürich</c>, <c>αθηνα</c> for
/// <c>Αθήνα</c>, <c>غزة</c> for <c>غَزَّة</c>), and a reason quotes the subscriber's own spelling instead. The written form
/// is read again from the stored topic text when a reason is made, never kept in the index, so the index's memory per
/// subscription does not grow (the matching benchmark's "index memory per subscription").
/// </summary>
public static class TopicWords
{
    /// <summary>
    /// The words of <paramref name="topic"/> (a topic as written, in the topic language) that the matcher's query term
    /// <paramref name="queryTerm"/> (<see cref="TermHit.QueryTerm"/>: <c>treve</c>, <c>=zurich</c>,
    /// <c>headline:"treve de noel"</c>, <c>ceasefir*</c>) was compiled from, as written there, on one line, without the
    /// <c>=</c>, quotes or field scope around them (<c>Trêve</c>, <c>Zürich</c>, <c>trêve de Noël</c>, <c>Cessez*</c>);
    /// the first such word when the topic writes it twice. <paramref name="queryTerm"/> itself when the topic is null,
    /// does not parse or has no such word (a filter such as <c>source:reuters</c>, or a reason made before the topic
    /// changed).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="queryTerm"/> is null.</exception>
    public static string WrittenAs(string? topic, string queryTerm)
    {
        ArgumentNullException.ThrowIfNull(queryTerm);
        if (string.IsNullOrWhiteSpace(topic) || topic.Length > TopicQuery.MaxLength)
        {
            return queryTerm;
        }

        var written = new List<(QueryNode Node, string Written)>();
        try
        {
            if (new QueryParser(topic) { Written = written }.ParseTopic().Root is null)
            {
                return queryTerm;
            }
        }
        catch (InsufficientExecutionStackException)
        {
            return queryTerm;
        }

        foreach (var (node, words) in written)
        {
            if (words.Length > 0 && string.Equals(node.ToString(), queryTerm, StringComparison.Ordinal))
            {
                return words;
            }
        }

        return queryTerm;
    }
}
