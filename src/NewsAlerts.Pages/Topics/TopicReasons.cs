namespace NewsAlerts.Pages.Topics;

using NewsAlerts.Matching.Query;

/// <summary>
/// The topic parser's reasons (written for developers, and kept so by the JSON API) in words for a person on a page.
/// </summary>
public static class TopicReasons
{
    /// <summary>
    /// <paramref name="reason"/> as a person reads it, capitalised: <see cref="TopicQuery.OnlyExcludesReason"/> becomes
    /// <see cref="PageStrings.TopicOnlyExcludes"/>; other reasons keep their words.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static string Plain(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason == TopicQuery.OnlyExcludesReason ? PageStrings.TopicOnlyExcludes
            : reason.Length == 0 ? reason
            : char.ToUpperInvariant(reason[0]) + reason[1..];
    }
}
