namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Matching.Explanations;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Issue 16: "matched subject politics and government" on a French page. A top-level IPTC subject reads in the page's
/// language; a deeper one (no translation here) stays English and is marked <c>lang="en"</c> so a screen reader reads it
/// as English (WCAG 2.2, 3.1.2 Language of Parts); the rest of the line stays escaped.
/// </summary>
public sealed class A_subject_left_in_english_is_marked_english_in_the_history
{
    private static readonly string Reason = MatchReasonText.Write(new MatchReason(
        [new ReasonPart(ArticleField.Subject, "medtop:20001104"), new ReasonPart(ArticleField.Subject, "medtop:11000000"), new ReasonPart(ArticleField.Headline, "<b>sport</b>", "drug use in sport")], 0));

    [Fact]
    public void A_french_history_line_translates_the_top_level_subject_and_marks_the_deeper_one_english()
    {
        var html = HistoryReasons.Of(Reason, "fr").Value;

        Assert.Contains("<span lang=\"en\">drug use in sport</span>", html, StringComparison.Ordinal);
        Assert.Contains("politique et gouvernement", html, StringComparison.Ordinal);
        Assert.DoesNotContain("politics and government", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "lang=\"en\""));
        Assert.Contains("&lt;b&gt;sport&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_history_line_marks_nothing_and_old_words_stay_as_they_were()
    {
        Assert.DoesNotContain("lang=", HistoryReasons.Of(Reason, "en").Value, StringComparison.Ordinal);
        Assert.Equal("matched &lt;truce&gt;", HistoryReasons.Of("matched <truce>", "ar").Value);
        Assert.Equal(string.Empty, HistoryReasons.Of(null, "fr").Value);
    }
}
