namespace NewsAlerts.EndToEnd.Tests.Flows;

using NewsAlerts.Core.Security;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.Pages;
using NewsAlerts.Testing;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// A person whose confirmation link has expired gets a friendly page offering a new link, asks for one, and
/// confirms with the new link from the next email.
/// </summary>
public sealed class A_stuck_person_asks_for_a_new_link_and_confirms_with_it(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Driven at phone width; every state it reaches is also checked at desktop width (FlowRecorder).
    [Fact]
    public async Task An_expired_link_offers_a_new_one_and_the_new_one_confirms()
    {
        var width = ScreenWidth.Phone;
        var email = $"stuck-{Guid.NewGuid():N}@example.com";
        await using var context = await fixture.NewContextAsync(width);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("stuck-link", width));
        Assert.Equal(200, await person.OpenAsync("signup", "signup"));
        await person.Field(PageStrings.EmailLabel).FillAsync(email);
        await person.Field(PageStrings.TopicsLabel).FillAsync("Syria");
        await person.PressAsync(PageStrings.SignUpButton, PageStrings.CheckEmailTitle, "check-email");

        // The emailed link as it would be after its two days: same sign-up, a token signed with the host's key but expired.
        var sent = (await Mailbox.LinksAsync(fixture.Stack, email, "confirm"))[0];
        Assert.Equal("/confirm", sent.AbsolutePath);
        var signUpId = System.Web.HttpUtility.ParseQueryString(sent.Query)["signUp"]!;
        var lateClock = new ShiftedClock { Offset = TimeSpan.FromDays(-3) };
        var expiredToken = new TokenSigner(Convert.FromBase64String(TestFunctionHost.SigningKey), lateClock)
            .Issue(TokenPurpose.ConfirmEmail, signUpId, TimeSpan.FromDays(2));
        var expired = new Uri(fixture.BaseAddress, $"confirm?signUp={Uri.EscapeDataString(signUpId)}&token={Uri.EscapeDataString(expiredToken)}");

        Assert.Equal(200, await person.OpenAsync(expired.ToString(), "expired-link-button"));
        await person.PressAsync(PageStrings.ConfirmButton, PageStrings.LinkNotValidTitle, "link-no-longer-works");
        await person.PressAsync(PageStrings.SendNewLinkButton, PageStrings.NewLinkSentTitle, "new-link-sent");

        var links = await Mailbox.LinksAsync(fixture.Stack, email, "confirm", count: 2);
        Assert.Equal(200, await person.OpenAsync(links[^1].ToString(), "new-link-button"));
        await person.PressAsync(PageStrings.ConfirmButton, PageStrings.ConfirmedTitle, "confirmed");
        await person.PressAsync(PageStrings.ManageButton, PageStrings.ManageTitle, "preference-centre");
        await Expect(person.Page.GetByText(email)).ToBeVisibleAsync();
        await Expect(person.Page.GetByText(PageStrings.StatusConfirmed)).ToBeVisibleAsync();
    }
}
