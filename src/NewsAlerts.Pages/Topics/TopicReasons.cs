namespace NewsAlerts.Pages.Topics;

using System.Text.RegularExpressions;
using NewsAlerts.Matching.Query;

/// <summary>
/// The topic parser's reasons (written for developers, and kept so by the JSON API) in words for a person on a page.
/// </summary>
public static partial class TopicReasons
{
    /// <summary>
    /// <paramref name="reason"/> as a person reads it: <see cref="TopicQuery.OnlyExcludesReason"/> (with or without its column) becomes
    /// <see cref="PageStrings.TopicOnlyExcludes"/>; a refused character (<see cref="Core.Validation.FreeText"/>: <c>contains U+202E (a
    /// right-to-left override), ...</c>) is named without its code point; other reasons in the page's language
    /// (<see cref="Fields.ValidatorReasonWords"/>; callers capitalise where a sentence starts).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static string Plain(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (reason.StartsWith(TopicQuery.OnlyExcludesReason, StringComparison.Ordinal))
        {
            return PageStrings.TopicOnlyExcludes;
        }

        return Fields.ValidatorReasonWords.Of(reason)
            ?? (Languages.PageCulture.Language == "en"
                ? CodePoint().Replace(reason, "${kind}").Replace("a bidi control", PageStrings.TextDirectionMark, StringComparison.Ordinal)
                : PageStrings.ReasonOther);
    }

    // "U+202E (a right-to-left override)" in FreeText's reasons: the kind of character in words, without its code.
    [GeneratedRegex(@"U\+[0-9A-F]{4,6} \((?<kind>[^)]*)\)")]
    private static partial Regex CodePoint();
}
