namespace NewsAlerts.EndToEnd.Tests.Flows;

using NewsAlerts.Cli.Stack;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.Pages;
using NewsAlerts.Testing;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// A person adds a number on the preference centre, gets the code page and leaves it; opening the preference centre
/// again (the manage link) they find the number waiting with a field for the code they hold, enter the code from the
/// text, and the number is confirmed; no second code was sent.
/// </summary>
public sealed class A_person_who_left_the_code_page_enters_the_code_on_the_preference_centre(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Driven at phone width; every state it reaches is also checked at desktop width (FlowRecorder).
    [Fact]
    public async Task The_code_they_hold_confirms_the_number_from_the_preference_centre()
    {
        var width = ScreenWidth.Phone;
        var email = $"left-code-{Guid.NewGuid().ToString("N")[..10]}@example.com";
        var phone = TestPhones.NewValid();
        await using var context = await fixture.NewContextAsync(width);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("code-on-manage", width));

        Assert.Equal(200, await person.OpenAsync("signup", "signup"));
        await person.Field(PageStrings.EmailLabel).FillAsync(email);
        await person.Field(PageStrings.TopicsLabel).FillAsync("Aleppo");
        await person.PressAsync(PageStrings.SignUpButton, PageStrings.CheckEmailTitle, "check-email");
        Assert.Equal(200, await person.OpenAsync((await Mailbox.LinksAsync(fixture.Stack, email, "confirm"))[0].ToString(), "confirm-button"));
        await person.PressAsync(PageStrings.ConfirmButton, PageStrings.ConfirmedTitle, "email-confirmed");
        var manageLink = (await Mailbox.LinksAsync(fixture.Stack, email, "manage"))[^1].ToString();

        Assert.Equal(200, await person.OpenAsync(manageLink, "preference-centre"));
        await person.Field(PageStrings.ChangePhoneLabel).FillAsync(phone);
        await person.PressAsync(PageStrings.AddPhoneButton, PageStrings.ManageTitle, "code-page-left");

        // The code page is left (closed); the manage link opens the preference centre again.
        Assert.Equal(200, await person.OpenAsync(manageLink, "number-waiting-for-code"));
        await Expect(person.Page.Locator("#pending-phone")).ToBeVisibleAsync();
        await Expect(person.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = PageStrings.SendNewCodeButton, Exact = true })).ToBeVisibleAsync();
        await person.Field(PageStrings.CodeLabel).FillAsync(await Mailbox.SmsCodeAsync(fixture.Stack, phone));
        await person.PressAsync(PageStrings.CodeButton, PageStrings.ManageTitle, "number-confirmed-on-manage");

        await Expect(person.Page.GetByText(PageStrings.PhoneConfirmedNotice)).ToBeVisibleAsync();
        await Expect(person.Page.Locator("#pending-phone")).ToHaveCountAsync(0);
        await Expect(person.Page.Locator("#phone-status")).ToHaveTextAsync(PageStrings.StatusConfirmed);
        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        Assert.Single(await sink.MessagesToAsync(phone, CancellationToken.None));
    }
}
