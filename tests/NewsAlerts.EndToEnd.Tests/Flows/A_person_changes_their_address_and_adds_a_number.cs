namespace NewsAlerts.EndToEnd.Tests.Flows;

using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.Pages;
using NewsAlerts.Testing;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// From the preference centre a person changes their email address (the page shows the change waiting until the link
/// emailed to the new address is pressed) and adds a mobile number (confirmed with the texted code); afterwards the
/// preference centre shows the new address and the number, and nothing waits any more.
/// </summary>
public sealed class A_person_changes_their_address_and_adds_a_number(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Driven at desktop width; every state it reaches is also checked at phone width (FlowRecorder).
    [Fact]
    public async Task The_new_address_waits_for_its_link_and_the_number_for_its_code()
    {
        var width = ScreenWidth.Desktop;
        var tag = Guid.NewGuid().ToString("N")[..10];
        var oldEmail = $"moving-{tag}@example.com";
        var newEmail = $"moved-{tag}@example.com";
        var phone = TestPhones.NewValid();
        await using var context = await fixture.NewContextAsync(width);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("contact-change", width));

        Assert.Equal(200, await person.OpenAsync("signup", "signup"));
        await person.Field(PageStrings.EmailLabel).FillAsync(oldEmail);
        await person.Field(PageStrings.TopicsLabel).FillAsync("Aleppo");
        await person.PressAsync(PageStrings.SignUpButton, PageStrings.CheckEmailTitle, "check-email");
        Assert.Equal(200, await person.OpenAsync((await Mailbox.LinksAsync(fixture.Stack, oldEmail, "confirm"))[0].ToString(), "confirm-button"));
        await person.PressAsync(PageStrings.ConfirmButton, PageStrings.ConfirmedTitle, "email-confirmed");
        await person.PressAsync(PageStrings.ManageButton, PageStrings.ManageTitle, "preference-centre");

        // The new address waits for its link; the old one keeps the alerts meanwhile.
        await person.Field(PageStrings.ChangeEmailLabel).FillAsync(newEmail);
        await person.PressAsync(PageStrings.ChangeEmailButton, PageStrings.ManageTitle, "email-change-waiting");
        await Expect(person.Page.Locator("#pending-email")).ToContainTextAsync(newEmail);
        await Expect(person.Page.GetByText(oldEmail)).ToBeVisibleAsync();

        // A number is added with the texted code.
        await person.Field(PageStrings.ChangePhoneLabel).FillAsync(phone);
        // Post/Redirect/Get: the preference centre again, with the field for the code (a reload texts nothing).
        await person.PressAsync(PageStrings.AddPhoneButton, PageStrings.ManageTitle, "number-code");
        await person.Field(PageStrings.CodeLabel).FillAsync(await Mailbox.SmsCodeAsync(fixture.Stack, phone));
        await person.PressAsync(PageStrings.CodeButton, PageStrings.ManageTitle, "number-confirmed");
        await Expect(person.Page.GetByText(PageStrings.PhoneConfirmedNotice)).ToBeVisibleAsync();

        // The link emailed to the new address replaces the old one.
        var link = (await Mailbox.LinksAsync(fixture.Stack, newEmail, "confirm"))[0];
        Assert.Equal(200, await person.OpenAsync(link.ToString(), "new-address-button"));
        await person.PressAsync(PageStrings.ConfirmButton, PageStrings.ConfirmedTitle, "new-address-confirmed");
        await person.PressAsync(PageStrings.ManageButton, PageStrings.ManageTitle, "preference-centre-after");
        await Expect(person.Page.GetByText(newEmail)).ToBeVisibleAsync();
        await Expect(person.Page.GetByText(oldEmail)).ToHaveCountAsync(0);
        await Expect(person.Page.Locator("#pending-email")).ToHaveCountAsync(0);
        await Expect(person.Page.Locator("#pending-phone")).ToHaveCountAsync(0);
        await Expect(person.Field(PageStrings.ChangePhoneLabel)).ToBeVisibleAsync();
        await Expect(person.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = PageStrings.ChangePhoneButton, Exact = true })).ToBeVisibleAsync();
    }
}
