namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.History;
using NewsAlerts.Matching.Explanations;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Issue 16: the 30-day history showed why each alert came in English. A row keeps the reason as values and the page
/// words it in the language the page is in now, so a person who changed language reads their history in the new one;
/// a row stored before, in English words, still reads.
/// </summary>
public sealed class A_history_row_says_why_in_the_pages_language
{
    private static readonly string Stored = MatchReasonText.Write(new MatchReason(
        [new(ArticleField.Headline, "Leaders agree truce in Gaza", "ceasefire", "truce"), new(ArticleField.Source, "Reuters")], 1));

    [Theory]
    [InlineData("fr", "«\u00a0ceasefire\u00a0» (sous la forme «\u00a0truce\u00a0») dans le titre\u00a0: «\u00a0Leaders agree truce in Gaza\u00a0»\u00a0; source\u00a0: Reuters\u00a0; et 1 autre")]
    [InlineData("ar", "”ceasefire“ (بصيغة ”truce“) في العنوان: ”Leaders agree truce in Gaza“؛ المصدر: Reuters؛ وتطابق آخر")]
    [InlineData("en", "“ceasefire” (as “truce”) in the headline: “Leaders agree truce in Gaza”; from Reuters; and 1 more")]
    public async Task The_reason_is_worded_in_the_pages_language(string language, string why)
    {
        var html = await RenderAsync(language, Stored);

        Assert.Contains(why, html, StringComparison.Ordinal);
        Assert.DoesNotContain("why1", html, StringComparison.Ordinal);
        if (language != "en")
        {
            Assert.DoesNotContain("in the headline", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_row_stored_in_English_words_before_still_reads()
    {
        var html = await RenderAsync("fr", "\"truce\" in the headline: \"Truce holds\"");

        Assert.Contains("\"truce\" in the headline: \"Truce holds\"", html, StringComparison.Ordinal);
    }

    private static async Task<string> RenderAsync(string language, string reason)
    {
        var alert = new ReceivedAlert("s1", new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), Channel.Email, ReceivedKind.Alert, "urn:a1",
            "Truce holds", "Reuters", new Uri("https://news.example.com/truce"), reason);
        PageCulture.Use(language);
        await using var templates = new RazorTemplates();
        var html = await templates.RenderAsync<HistoryItem>(new Dictionary<string, object?> { [nameof(HistoryItem.Row)] = HistoryRow.Of(alert, null), [nameof(HistoryItem.TimeZone)] = "UTC" });
        return System.Net.WebUtility.HtmlDecode(html);
    }
}
