namespace NewsAlerts.Cli.Tests.Pages;

using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Editor;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Testing;

/// <summary>
/// Trial finding #10 (issue 16): keyboard users of the editor console tabbed through every recent story to reach
/// "Publish a story". Every subscriber and editor page is drawn by <see cref="PageLayout"/>, whose first focusable
/// element is "Skip to main content" (to a focusable <c>main</c>); the console's next one is "Skip to publish a story",
/// to the form's focusable heading. The browser test (EndToEnd) follows them with the keyboard.
/// </summary>
public sealed partial class Every_page_starts_with_a_working_skip_link : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Fact]
    public void Every_page_component_is_drawn_by_the_layout_and_only_the_layout_writes_a_document()
    {
        var pages = Path.Combine(RepositoryRoot.Find(), "src", "NewsAlerts.Pages");
        var razor = Directory.GetFiles(pages, "*.razor", SearchOption.AllDirectories);
        var pageFiles = razor.Where(f => Path.GetFileNameWithoutExtension(f).EndsWith("Page", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pageFiles);
        Assert.All(pageFiles, f => Assert.Contains("<PageLayout", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.Equal(["PageLayout.razor"], razor.Where(f => File.ReadAllText(f).Contains("<html", StringComparison.Ordinal)).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_first_focusable_element_of_a_page_skips_to_its_focusable_main(bool editor)
    {
        var html = await templates.RenderAsync<PageLayout>(new Dictionary<string, object?>
        {
            [nameof(PageLayout.Title)] = "A page",
            [nameof(PageLayout.Editor)] = editor,
        });

        Assert.Equal("<a class=\"skip\" href=\"#main\">", Focusable(html).First());
        Assert.Contains("<main id=\"main\" tabindex=\"-1\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_skips_to_its_main_content_then_to_publish_a_story()
    {
        var html = await templates.RenderAsync<ConsolePage>(new Dictionary<string, object?>
        {
            [nameof(ConsolePage.EditorName)] = "Ana",
            [nameof(ConsolePage.Source)] = "the development sign-in",
            [nameof(ConsolePage.Stories)] = Enumerable.Range(1, 30)
                .Select(i => new RecentArticle($"urn:story:{i}", 1, $"Story {i}", 5, null, DateTimeOffset.UnixEpoch)).ToList(),
            [nameof(ConsolePage.PublishHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(ConsolePage.DeskHidden)] = Array.Empty<KeyValuePair<string, string>>(),
        });

        var focusable = Focusable(html).Take(2).ToList();
        Assert.Equal(["<a class=\"skip\" href=\"#main\">", $"<a class=\"skip\" href=\"#{PublishForm.TitleId}\">"], focusable);
        Assert.Contains($"href=\"#{PublishForm.TitleId}\">{ConsoleStrings.SkipToPublish}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<h2 id=\"{PublishForm.TitleId}\" tabindex=\"-1\">{ConsoleStrings.PublishTitle}</h2>", html, StringComparison.Ordinal);
    }

    // The page's focusable elements in document order: links, buttons, fields (not hidden ones), anything with tabindex 0.
    private static IEnumerable<string> Focusable(string html) => FocusablePattern().Matches(html).Select(m => m.Value);

    [GeneratedRegex("<a [^>]*href=[^>]*>|<button[^>]*>|<input(?![^>]*type=\"hidden\")[^>]*>|<select[^>]*>|<textarea[^>]*>|<[a-z0-9]+ [^>]*tabindex=\"0\"[^>]*>")]
    private static partial Regex FocusablePattern();
}
