namespace NewsAlerts.Cli.Tests.Editors;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Planning;
using NewsAlerts.Pages.Editor;
using static NewsAlerts.Cli.Tests.Editors.PreviewExamples;

/// <summary>
/// Found in a user trial: the preview read "What this version is: NewStory ." Every enum value an editor page shows is
/// rendered here, and the visible text must hold no code name (a PascalCase word) and no space before a full stop.
/// </summary>
public sealed partial class Editor_pages_name_every_value_in_words : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    public static TheoryData<VersionDecision> Decisions() => new(Enum.GetValues<VersionDecision>());

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task The_preview_says_what_each_decision_means_in_a_sentence(VersionDecision decision)
    {
        var article = Story(decision is VersionDecision.Withdrawal ? new ArticleNotice(NoticeKind.Withdrawn, "Wrong town") : null);
        var html = await templates.RenderAsync<PreviewPage>(new Dictionary<string, object?>
        {
            [nameof(PreviewPage.Headline)] = article.Headline,
            [nameof(PreviewPage.Result)] = new IngestResult(article.Id, 1, decision, new Reach(4, 3, 2, 1, 2), [], DryRun: true),
            [nameof(PreviewPage.Messages)] = MessagePreviews.Of(
                MessagePreviews.ContentOf(article), "you follow Truce", Links, At, [new SmsLanguageCount("en", 3, 1), new SmsLanguageCount("ar", 2, 1), new SmsLanguageCount("fr", 1, 0)]),
            [nameof(PreviewPage.Cost)] = SmsCostEstimate.Of([new SmsCountryCount("GB", 44, 3, 1), new SmsCountryCount("FR", 33, 2, 0)], 1, 2, new Dictionary<string, decimal> { ["GB"] = 0.04m }),
        });

        var text = VisibleText(html);

        Assert.Contains($"{ConsoleStrings.DecisionLabel}: {ConsoleWords.Decision(decision)}", text, StringComparison.Ordinal);
        AssertPlain(text);
    }

    [Fact]
    public async Task The_story_page_names_rows_actions_and_reasons_in_words()
    {
        var html = await templates.RenderAsync<StoryPage>(new Dictionary<string, object?>
        {
            [nameof(StoryPage.Article)] = Story(new ArticleNotice(NoticeKind.Withdrawn, "Wrong town")),
            [nameof(StoryPage.Tallies)] = Enum.GetValues<MessageKind>().SelectMany(kind => new[] { Channel.Email, Channel.Sms }.Select(channel =>
                new ChannelTally(channel, 1, 2, 3, 4, 5, Enum.GetValues<LedgerState>().Select(s => new KeyValuePair<string, int>($"{s}: no reason given", 1)).ToList())
                {
                    Kind = kind,
                    Version = kind == MessageKind.Alert ? null : 2,
                })).ToList(),
            [nameof(StoryPage.Digests)] = new DigestTally(1, At, 1, 1, 1, 1, 1, [new("Skipped: paused", 1), new("DeadLettered: no reason given", 1)], 5, false),
            [nameof(StoryPage.Audit)] = Enum.GetValues<EditorAction>().Select(a => new AuditEntry("urn:story:1", 2, a, new EditorIdentity("Ana", "development"), At, 1, 1, 1, null)).ToList(),
            [nameof(StoryPage.Action)] = "/editor/stories/abc",
            [nameof(StoryPage.BreakingHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(StoryPage.CorrectHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(StoryPage.RetractHidden)] = Array.Empty<KeyValuePair<string, string>>(),
        });

        var text = VisibleText(html);

        Assert.Contains("SMS: withdrawal follow-up (version 2)", text, StringComparison.Ordinal);
        Assert.Contains(ConsoleStrings.ActionUpgraded, text, StringComparison.Ordinal);
        Assert.Contains($"{ConsoleStrings.StateHeldByCap}: no reason given", text, StringComparison.Ordinal);
        AssertPlain(text);
    }

    [Fact]
    public void Every_value_has_its_own_words()
    {
        Assert.Equal(Enum.GetValues<VersionDecision>().Length, Enum.GetValues<VersionDecision>().Select(ConsoleWords.Decision).Distinct().Count());
        Assert.Equal(Enum.GetValues<EditorAction>().Length, Enum.GetValues<EditorAction>().Select(ConsoleWords.Action).Distinct().Count());
        Assert.Equal(Enum.GetValues<LedgerState>().Length, Enum.GetValues<LedgerState>().Select(ConsoleWords.State).Distinct().Count());
    }

    [Fact]
    public void A_reason_that_names_no_state_is_shown_as_it_is() =>
        Assert.Equal("Twilio 21610: unsubscribed", ConsoleWords.Reason("Twilio 21610: unsubscribed"));

    [Fact]
    public void A_form_field_error_names_the_field_in_words_and_pasted_ninjs_keeps_its_field()
    {
        Assert.Equal("The body is longer than 50000 characters", ConsoleWords.ArticleError("body_text", "is longer than 50000 characters", pasted: false));
        Assert.Equal("body_text: is longer than 50000 characters", ConsoleWords.ArticleError("body_text", "is longer than 50000 characters", pasted: true));
    }

    public async ValueTask DisposeAsync() => await templates.DisposeAsync();

    private static Article Story(ArticleNotice? notice) =>
        new("urn:story:1", notice is null ? 1 : 2, "Truce agreed in Aleppo", "Talks resume.", "https://news.example/truce", "Example", "en", [], 3, null, At, Notice: notice);

    private static void AssertPlain(string text)
    {
        // Not names of code: links (their tokens), setting names an editor is told to set (Sms:PricePerSegment:GB), the product's name.
        var words = Regex.Replace(Regex.Replace(text, "https?://\\S+", " "), "\\b\\w+(:\\w+)+", " ").Replace("NewsAlerts", " ", StringComparison.Ordinal);
        var codeNames = PascalCase().Matches(words).Select(m => m.Value).Distinct().ToList();
        Assert.True(codeNames.Count == 0, $"code names on the page: {string.Join(", ", codeNames)}");
        Assert.DoesNotMatch(SpaceBeforeStop(), text);
    }

    // The page as read: no script, style or tags (attributes are for machines; inline tags join their text, others part it), entities decoded, white space collapsed.
    private static string VisibleText(string html)
    {
        var text = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, "</?(strong|em|a|span|code|b|i)\\b[^>]*>", string.Empty, RegexOptions.IgnoreCase);
        text = Regex.Replace(text, "<[^>]+>", " ");
        return Regex.Replace(WebUtility.HtmlDecode(text), "\\s+", " ");
    }

    [GeneratedRegex("\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\b")]
    private static partial Regex PascalCase();

    [GeneratedRegex("\\s\\.(\\s|$)")]
    private static partial Regex SpaceBeforeStop();
}
