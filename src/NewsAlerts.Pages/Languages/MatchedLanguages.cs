namespace NewsAlerts.Pages.Languages;

using System.Globalization;
using NewsAlerts.Matching.Languages;
using NewsAlerts.Pages.Topics;

/// <summary>
/// The sentence saying which story languages a subscriber's topics match ("Your topics match stories in: French,
/// English"), so nobody wonders why English stories never come (issue 16). The languages are the ones matching uses
/// (<see cref="TopicLanguages.Matched"/>), not a guess from the topics' words.
/// </summary>
public static class MatchedLanguages
{
    /// <summary>
    /// The story languages (ISO 639-1) of <paramref name="topics"/> (each with its own language, or null for
    /// <paramref name="alertLanguage"/>) when the subscriber also reads <paramref name="others"/>: each topic's in order,
    /// each language once. Without topics, those a topic in <paramref name="alertLanguage"/> would match.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/> is null.</exception>
    public static IReadOnlyList<string> Of(IEnumerable<(string Text, string? Language)> topics, string? alertLanguage, IReadOnlyList<string>? others)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var list = topics.Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToList();
        if (list.Count == 0)
        {
            list.Add((string.Empty, null));
        }

        return [.. list.SelectMany(t => TopicLanguages.Matched(t.Text, t.Language ?? alertLanguage, others)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The sentence for <see cref="Of"/>'s languages, named in the page's language (<see cref="TopicNotes.LanguageName"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/> is null.</exception>
    public static string Sentence(IEnumerable<(string Text, string? Language)> topics, string? alertLanguage, IReadOnlyList<string>? others) =>
        string.Format(CultureInfo.CurrentCulture, PageStrings.MatchedLanguages, string.Join(PageStrings.ListComma, Of(topics, alertLanguage, others).Select(TopicNotes.LanguageName)));
}
