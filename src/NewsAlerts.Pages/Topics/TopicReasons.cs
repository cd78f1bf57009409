namespace NewsAlerts.Pages.Topics;

using NewsAlerts.Matching.Query;

/// <summary>
/// The topic parser's reasons (written for developers, and kept so by the JSON API) in words for a person on a page.
/// </summary>
public static class TopicReasons
{
    /// <summary>
    /// <paramref name="reason"/> as a person reads it: <see cref="TopicQuery.OnlyExcludesReason"/> (with or without its column) becomes
    /// <see cref="PageStrings.TopicOnlyExcludes"/>; other reasons keep their words (callers capitalise where a sentence starts).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static string Plain(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.StartsWith(TopicQuery.OnlyExcludesReason, StringComparison.Ordinal) ? PageStrings.TopicOnlyExcludes : reason;
    }
}
