namespace NewsAlerts.Pages.Manage;

using System.Net;
using Microsoft.AspNetCore.Components;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;

/// <summary>
/// Why a history row was sent, as page markup in the page's language (<see cref="ReasonWords.Of(string?, string?)"/>),
/// escaped, with each IPTC subject label that has no translation (every topic below the 17 top-level ones:
/// <see cref="ReasonWords.SubjectName"/>) marked <c>&lt;span lang="en"&gt;</c> so a screen reader reads it as English
/// (WCAG 2.2 success criterion 3.1.2, Language of Parts).
/// </summary>
public static class HistoryReasons
{
    /// <summary>The reason <paramref name="reason"/> (stored value or older words) as markup in <paramref name="language"/>; empty for null.</summary>
    public static MarkupString Of(string? reason, string? language)
    {
        var words = WebUtility.HtmlEncode(ReasonWords.Of(reason, language));
        foreach (var label in ReasonWords.EnglishSubjects(reason, language))
        {
            // The label is replaced only where the catalog's "about {0}" phrase holds it, never elsewhere in a headline.
            var phrase = WebUtility.HtmlEncode(ReasonTexts.Of("AboutSubject", language, label));
            var marked = WebUtility.HtmlEncode(ReasonTexts.Of("AboutSubject", language, "\u0001"))
                .Replace("\u0001", $"<span lang=\"en\">{WebUtility.HtmlEncode(label)}</span>", StringComparison.Ordinal);
            words = words.Replace(phrase, marked, StringComparison.Ordinal);
        }

        return new(words);
    }
}
