namespace NewsAlerts.EndToEnd.Tests.Editor;

using Microsoft.Playwright;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.EndToEnd.Tests.Flows;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Trial finding #10 (issue 16), in a real browser: keyboard users of the editor console tabbed through every recent
/// story to reach "Publish a story". From the top of a page the first Tab reaches "Skip to main content", shown on focus,
/// and Enter moves focus to the main content; on the console the next Tab reaches "Skip to publish a story", and Enter
/// moves focus to the form's heading. Subscriber and editor pages alike; axe stays clean with the link shown.
/// </summary>
public sealed class A_keyboard_user_skips_to_the_main_content_and_to_publish_a_story(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("signup")]
    [InlineData("manage/link")]
    [InlineData("editor")]
    public async Task The_first_tab_reaches_skip_to_main_content_and_enter_focuses_the_main_content(string path)
    {
        await using var context = await fixture.NewContextAsync(ScreenWidth.Desktop);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("skip-main-" + path.Replace('/', '-'), ScreenWidth.Desktop));
        Assert.Equal(200, await person.OpenAsync(path, "opened"));

        await SkipAsync(person, 1, "#main", "main-skip-link-focused");
    }

    [Fact]
    public async Task The_console_skips_past_the_story_list_to_publish_a_story()
    {
        await using var context = await fixture.NewContextAsync(ScreenWidth.Desktop);
        var editor = new Person(await context.NewPageAsync(), new FlowRecorder("skip-to-publish", ScreenWidth.Desktop));
        Assert.Equal(200, await editor.OpenAsync("editor", "sign-in"));
        await editor.Field(EditorStrings.NameLabel).FillAsync("Kim Keyboard");
        await editor.Field(EditorStrings.KeyLabel).FillAsync(TestFunctionHost.DefaultKey);
        await editor.PressAsync(EditorStrings.SignInButton, ConsoleStrings.ConsoleTitle, "console");

        await SkipAsync(editor, 2, "#" + PublishForm.TitleId, "publish-skip-link-focused");
        await Expect(editor.Page.Locator("#" + PublishForm.TitleId)).ToHaveTextAsync(ConsoleStrings.PublishTitle);

        // The next Tab goes on into the form, not back to the story list.
        await editor.Page.Keyboard.PressAsync("Tab");
        await Expect(editor.Field(ConsoleStrings.HeadlineLabel)).ToBeFocusedAsync();
    }

    // From the top of the page, Tab `tabs` times to the skip link to `target`: it is focused and on screen (visible on
    // focus), the page is recorded so (axe checked); Enter moves focus to its target.
    private static async Task SkipAsync(Person person, int tabs, string target, string state)
    {
        // Focus starts at the document, as after any navigation (no page of these autofocuses without an error).
        await Expect(person.Page.Locator("body")).ToBeFocusedAsync();
        for (var i = 0; i < tabs; i++)
        {
            await person.Page.Keyboard.PressAsync("Tab");
        }

        var link = person.Page.Locator($"a.skip[href=\"{target}\"]");
        await Expect(link).ToBeFocusedAsync();
        await Expect(link).ToBeInViewportAsync();
        await person.RecordAsync(state);
        await link.FocusAsync();

        await person.Page.Keyboard.PressAsync("Enter");

        await Expect(person.Page.Locator(target)).ToBeFocusedAsync();
    }
}
