namespace NewsAlerts.Core.Subscribers;

using MatchingWarnings = NewsAlerts.Matching.Languages.TopicWarnings;

/// <summary>The warnings of a request's topics, each in its own language or else the subscriber's (for the answer).</summary>
public static class TopicWarnings
{
    /// <summary>One <see cref="TopicWarning"/> per reason per topic, in topic order; empty when there is nothing to say.</summary>
    /// <param name="topics">The topics as parsed.</param>
    /// <param name="topicLanguages">Each topic's own language by position (BCP 47), or null.</param>
    /// <param name="language">The subscriber's language (BCP 47), or null for <c>en</c>.</param>
    public static IReadOnlyList<TopicWarning> For(IReadOnlyList<(string Text, bool Exact)> topics, IReadOnlyList<string?>? topicLanguages, string? language)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return [.. topics.SelectMany((t, i) => MatchingWarnings.For(t.Text, topicLanguages?.ElementAtOrDefault(i) ?? language).Select(r => new TopicWarning(t.Text, r)))];
    }
}
