namespace NewsAlerts.EndToEnd.Tests.Flows;

using NewsAlerts.Core.Security;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.Pages;
using NewsAlerts.Testing;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// A signed-up person opens a manage link that has expired, types their address into the form on that page, and opens
/// their preference centre from the fresh link in the next email.
/// </summary>
public sealed class A_person_whose_manage_link_expired_gets_a_fresh_one_by_email(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Driven at desktop width; every state it reaches is also checked at phone width (FlowRecorder).
    [Fact]
    public async Task The_expired_link_page_emails_a_link_that_opens_the_preference_centre()
    {
        var width = ScreenWidth.Desktop;
        var email = $"lost-{Guid.NewGuid():N}@example.com";
        await using var context = await fixture.NewContextAsync(width);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("manage-link", width));
        Assert.Equal(200, await person.OpenAsync("signup", "signup"));
        await person.Field(PageStrings.EmailLabel).FillAsync(email);
        await person.Field(PageStrings.TopicsLabel).FillAsync("Syria");
        await person.PressAsync(PageStrings.SignUpButton, PageStrings.CheckEmailTitle, "check-email");
        Assert.Equal(200, await person.OpenAsync((await Mailbox.LinksAsync(fixture.Stack, email, "confirm"))[0].ToString(), "confirm-button"));
        await person.PressAsync(PageStrings.ConfirmButton, PageStrings.ConfirmedTitle, "confirmed");

        // The manage link from the confirmation email as it would be a year and more later: signed with the host's key, expired.
        var signer = new TokenSigner(Convert.FromBase64String(TestFunctionHost.SigningKey), TimeProvider.System);
        var first = (await Mailbox.LinksAsync(fixture.Stack, email, "manage"))[0];
        var subscriberId = signer.Verify(System.Web.HttpUtility.ParseQueryString(first.Query)["token"], TokenPurpose.Manage)!.SubscriberId;
        var expiredToken = new TokenSigner(Convert.FromBase64String(TestFunctionHost.SigningKey), new ShiftedClock { Offset = TimeSpan.FromDays(-400) })
            .Issue(TokenPurpose.Manage, subscriberId, TimeSpan.FromDays(365));
        Assert.Equal(403, await person.OpenAsync(new Uri(fixture.BaseAddress, $"manage?token={Uri.EscapeDataString(expiredToken)}").ToString(), "manage-link-expired"));
        await person.ExpectHeadingAsync(PageStrings.ManageLinkTitle);
        await Expect(person.Page.GetByText(PageStrings.ManageLinkNotValidMessage)).ToBeVisibleAsync();

        await person.Field(PageStrings.EmailLabel).FillAsync(email);
        await person.PressAsync(PageStrings.ManageLinkButton, PageStrings.ManageLinkSentTitle, "manage-link-sent");
        await Expect(person.Page.GetByText(PageStrings.ManageLinkSentMessage)).ToBeVisibleAsync();

        var links = await Mailbox.LinksAsync(fixture.Stack, email, "manage", count: 2);
        Assert.Equal(200, await person.OpenAsync(links[^1].ToString(), "preference-centre-from-fresh-link"));
        await person.ExpectHeadingAsync(PageStrings.ManageTitle);
        await Expect(person.Page.GetByText(email)).ToBeVisibleAsync();
    }
}
