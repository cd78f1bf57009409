namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Trial r38 #10: under "Language" the console said "For another language, paste ninjs with its language" above a select
/// offering every language, and the desk language's hint sent the editor to "the form below" for a story form that is
/// above it. Each hint that points somewhere is checked against where the console renders it.
/// </summary>
public sealed class The_consoles_hints_point_where_their_fields_are : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    [Fact]
    public async Task The_story_form_comes_before_the_desk_language_as_both_hints_say()
    {
        var html = await ConsoleAsync();
        var storyForm = html.IndexOf("action=\"/editor/preview\"", StringComparison.Ordinal);
        var deskForm = html.IndexOf("action=\"/editor/desk-language\"", StringComparison.Ordinal);

        Assert.InRange(storyForm, 0, deskForm - 1);
        Assert.Contains("set below this form", ConsoleStrings.LanguageHint, StringComparison.Ordinal);
        Assert.Contains("story form above", ConsoleStrings.DeskHint, StringComparison.Ordinal);
        Assert.DoesNotContain("below", ConsoleStrings.DeskHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_hint_sends_the_editor_to_the_select_that_offers_every_language()
    {
        var html = await ConsoleAsync();
        var select = html[html.IndexOf("id=\"field-language\"", StringComparison.Ordinal)..];
        select = select[..select.IndexOf("</select>", StringComparison.Ordinal)];

        Assert.All(TextLanguages.Offered, tag => Assert.Contains($"value=\"{tag}\"", select, StringComparison.Ordinal));
        Assert.Contains("choose another for this story here", ConsoleStrings.LanguageHint, StringComparison.Ordinal);
        Assert.DoesNotContain("For another language, paste", ConsoleStrings.LanguageHint, StringComparison.Ordinal);
        Assert.Contains("choose another for this story here", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ninjs_hint_points_at_fields_that_come_before_it() =>
        Assert.Contains("fields above", ConsoleStrings.NinjsHint, StringComparison.Ordinal);

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    private Task<string> ConsoleAsync() => templates.RenderAsync<ConsolePage>(new Dictionary<string, object?>
    {
        [nameof(ConsolePage.EditorName)] = "Desk",
        [nameof(ConsolePage.Source)] = "development sign-in",
        [nameof(ConsolePage.Stories)] = Array.Empty<NewsAlerts.Core.Editor.RecentArticle>(),
        [nameof(ConsolePage.PublishHidden)] = Array.Empty<KeyValuePair<string, string>>(),
        [nameof(ConsolePage.DeskHidden)] = Array.Empty<KeyValuePair<string, string>>(),
        [nameof(ConsolePage.DeskLanguage)] = "fr",
    });
}
