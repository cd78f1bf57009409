namespace NewsAlerts.Matching.Query;

/// <summary>
/// The topic language subscribers write: words, "phrases", AND/OR/NOT/-word, parentheses, implicit AND,
/// <c>prefix*</c>, <c>A NEAR/5 B</c>, <c>headline:</c>/<c>body:</c> scopes, <c>source:</c>, <c>subject:</c>,
/// <c>lang:</c>, <c>urgency:&lt;=3</c> filters and <c>=Syria</c> for an exact word without expansion.
/// </summary>
public static class TopicQuery
{
    /// <summary>Longest topic accepted, so one subscriber cannot make matching slow for everyone.</summary>
    public const int MaxLength = 1000;

    /// <summary>The parser's reason for a topic that only excludes (<c>NOT football</c>, <c>-football</c>).</summary>
    public const string OnlyExcludesReason = "a topic must require at least one word or filter; NOT alone would match almost every article";

    /// <summary>Parses a topic. Never throws: syntax errors come back with a column and a reason.</summary>
    public static TopicParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TopicParseResult.Fail(1, "the topic is empty");
        }

        if (text.Length > MaxLength)
        {
            return TopicParseResult.Fail(MaxLength + 1, $"the topic is longer than {MaxLength} characters");
        }

        try
        {
            return new QueryParser(text).ParseTopic();
        }
        catch (InsufficientExecutionStackException)
        {
            return TopicParseResult.Fail(1, "the topic nests parentheses too deeply");
        }
    }
}
