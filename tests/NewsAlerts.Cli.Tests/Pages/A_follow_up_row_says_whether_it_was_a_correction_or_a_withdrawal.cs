namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Planning;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Trial r33 #6: in the fr and ar history, a story's correction follow-up and its withdrawal follow-up were two identical
/// rows ("E-mail : suivi", the same headline, the same reason). Each row says which it was, in every page language.
/// </summary>
public sealed class A_follow_up_row_says_whether_it_was_a_correction_or_a_withdrawal
{
    public static TheoryData<string> Languages() => new(NewsAlerts.Core.Texts.TextLanguages.Offered);

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_correction_and_the_withdrawal_of_one_story_read_differently(string language)
    {
        var alert = await RenderAsync(language, DeliveryBatch.LedgerKeyOf("urn:a1", "1", null), ReceivedKind.Alert);
        var corrected = await RenderAsync(language, DeliveryBatch.LedgerKeyOf("urn:a1", "2", NoticeKind.Corrected), ReceivedKind.FollowUp);
        var withdrawn = await RenderAsync(language, DeliveryBatch.LedgerKeyOf("urn:a1", "3", NoticeKind.Withdrawn), ReceivedKind.FollowUp);

        Assert.NotEqual(corrected, withdrawn);
        Assert.NotEqual(alert, corrected);
        Assert.NotEqual(alert, withdrawn);
    }

    [Theory]
    [InlineData("fr", "E-mail\u00a0: rectificatif", "E-mail\u00a0: retrait")]
    [InlineData("en", "Email correction", "Email withdrawal")]
    [InlineData("ar", "تصحيح", "سحب")]
    public async Task Each_follow_up_is_named_in_the_pages_language(string language, string correction, string withdrawal)
    {
        Assert.Contains(correction, await RenderAsync(language, DeliveryBatch.LedgerKeyOf("urn:a1", "2", NoticeKind.Corrected), ReceivedKind.FollowUp), StringComparison.Ordinal);
        Assert.Contains(withdrawal, await RenderAsync(language, DeliveryBatch.LedgerKeyOf("urn:a1", "3", NoticeKind.Withdrawn), ReceivedKind.FollowUp), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("withdrawn:v3:urn:a1", NoticeKind.Withdrawn)]
    [InlineData("corrected:v12:urn:a1", NoticeKind.Corrected)]
    [InlineData("urn:a1", null)]
    [InlineData("withdrawn:vx:urn:a1", null)]
    [InlineData("digest:20261130T0700Z|withdrawn:v3:urn:a1", null)]
    public void The_key_says_what_the_editor_did(string key, NoticeKind? kind) => Assert.Equal(kind, HistoryKeys.NoticeOf(key));

    private static async Task<string> RenderAsync(string language, string key, ReceivedKind kind)
    {
        var alert = new ReceivedAlert("s1", new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), Channel.Email, kind, key,
            "Truce holds", "Reuters", new Uri("https://news.example.com/truce"), "\"truce\" in the headline");
        PageCulture.Use(language);
        await using var templates = new RazorTemplates();
        var html = await templates.RenderAsync<HistoryItem>(new Dictionary<string, object?> { [nameof(HistoryItem.Row)] = HistoryRow.Of(alert, null), [nameof(HistoryItem.TimeZone)] = "UTC" });
        return System.Net.WebUtility.HtmlDecode(html);
    }
}
