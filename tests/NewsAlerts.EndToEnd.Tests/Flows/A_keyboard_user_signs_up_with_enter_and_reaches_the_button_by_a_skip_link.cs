namespace NewsAlerts.EndToEnd.Tests.Flows;

using Microsoft.Playwright;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Layout;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Trial r37 #1, in a real browser at phone width: Enter in the email field ran the topic builder's "Show my topics"
/// (implicit submission presses the form's first submit button), the page came back unchanged, focus on the body, and
/// "Sign up" was 47 Tabs away. Enter signs up, with scripts and without; "Show my topics" says what it did and takes
/// focus there; the second skip link goes straight to "Sign up".
/// </summary>
public sealed class A_keyboard_user_signs_up_with_enter_and_reaches_the_button_by_a_skip_link(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Enter_in_the_email_field_signs_up(bool javaScript)
    {
        var email = $"enter-{Guid.NewGuid():N}@example.com";
        await using var context = await fixture.NewContextAsync(ScreenWidth.Phone, javaScript);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder(javaScript ? "enter-script" : "enter-no-script", ScreenWidth.Phone, checkAccessibility: javaScript));
        Assert.Equal(200, await person.OpenAsync("signup", "signup"));
        await person.Field(PageStrings.TopicsLabel).FillAsync("Syria");
        await person.Field(PageStrings.EmailLabel).FillAsync(email);

        await person.Field(PageStrings.EmailLabel).PressAsync("Enter");

        await Expect(person.Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(PageStrings.CheckEmailTitle, new() { Timeout = (float)Person.AnswerDeadline.TotalMilliseconds });
        await person.RecordAsync("signed-up-by-enter");
        Assert.Single(await Mailbox.LinksAsync(fixture.Stack, email, "confirm"));
    }

    [Fact]
    public async Task Show_my_topics_says_what_it_did_with_focus_there_and_a_skip_link_reaches_sign_up()
    {
        await using var context = await fixture.NewContextAsync(ScreenWidth.Phone, javaScript: false);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("builder-preview-focus", ScreenWidth.Phone, checkAccessibility: false));
        Assert.Equal(200, await person.OpenAsync("signup", "signup"));
        var row = person.Page.GetByRole(AriaRole.Group, new() { Name = string.Format(System.Globalization.CultureInfo.InvariantCulture, PageStrings.BuilderRowTitle, 1), Exact = true });
        await row.GetByLabel(PageStrings.BuilderAllLabel, new() { Exact = true }).FillAsync("Syria");

        await person.PressAsync(PageStrings.BuilderPreviewButton, PageStrings.SignUpTitle, "builder-previewed");

        var notice = person.Page.Locator("#builder-previewed");
        await Expect(notice).ToBeFocusedAsync();
        await Expect(notice).ToContainTextAsync(PageStrings.SignUpButton);

        // From the top of the page: the first Tab reaches "Skip to main content", the second the skip link to the button.
        Assert.Equal(200, await person.OpenAsync("signup", "signup-again"));
        await person.Page.Keyboard.PressAsync("Tab");
        await person.Page.Keyboard.PressAsync("Tab");
        await Expect(person.Page.Locator("a.skip").Nth(1)).ToBeFocusedAsync();
        await person.Page.Keyboard.PressAsync("Enter");
        await Expect(person.Page.Locator("#" + PageLayout.MainActionId)).ToBeFocusedAsync();
    }
}
