namespace NewsAlerts.EndToEnd.Tests.Flows;

using Microsoft.Playwright;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.Pages;
using NewsAlerts.Testing;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// The whole life of a subscription in a browser: sign up on the page with an email address and a phone number,
/// enter the texted code, press the emailed link's button, change topics and settings in the preference centre, pause
/// and resume, receive an alert for a published article, find it in the preference centre's recent alerts, and
/// unsubscribe from the alert's link.
/// </summary>
public sealed class A_person_signs_up_confirms_manages_receives_an_alert_and_unsubscribes(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Driven at phone width; every state it reaches is also checked at desktop width (FlowRecorder).
    [Fact]
    public async Task From_the_sign_up_page_to_the_unsubscribe_page()
    {
        var width = ScreenWidth.Phone;
        var tag = Guid.NewGuid().ToString("N")[..10];
        var place = Article.NewPlace();
        var email = $"life-{tag}@example.com";
        var phone = TestPhones.NewValid();
        await using var context = await fixture.NewContextAsync(width);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("subscription-life", width));

        Assert.Equal(200, await person.OpenAsync("signup", "signup"));
        await person.Field(PageStrings.EmailLabel).FillAsync(email);
        await person.Field(PageStrings.PhoneLabel).FillAsync(phone);
        await person.Field(PageStrings.TopicsLabel).FillAsync(place);
        await person.Field(PageStrings.FrequencyLabel).SelectOptionAsync(new SelectOptionValue { Label = PageStrings.FrequencyImmediate });
        await person.PressAsync(PageStrings.SignUpButton, PageStrings.CodeTitle, "enter-code");
        await Expect(person.Page.GetByText(PageStrings.CheckEmailMessage)).ToBeVisibleAsync();

        await person.Field(PageStrings.CodeLabel).FillAsync(await Mailbox.SmsCodeAsync(fixture.Stack, phone));
        await person.PressAsync(PageStrings.CodeButton, PageStrings.ConfirmedTitle, "phone-confirmed");

        var confirmLink = (await Mailbox.LinksAsync(fixture.Stack, email, "confirm"))[0];
        Assert.Equal(200, await person.OpenAsync(confirmLink.ToString(), "confirm-button"));
        await person.PressAsync(PageStrings.ConfirmButton, PageStrings.ConfirmedTitle, "email-confirmed");
        await Expect(person.Page.GetByText(PageStrings.ConfirmedEmailMessage)).ToBeVisibleAsync();
        await person.PressAsync(PageStrings.ManageButton, PageStrings.ManageTitle, "preference-centre");
        await Expect(person.Page.GetByText(email)).ToBeVisibleAsync();

        await person.Field(PageStrings.TopicsLabel).FillAsync($"{place}\nceasefire OR truce");
        await person.PressAsync(PageStrings.SaveTopicsButton, PageStrings.ManageTitle, "topics-saved");
        await Expect(person.Page.GetByText(PageStrings.Saved, new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Expect(person.Field(PageStrings.TopicsLabel)).ToHaveValueAsync($"{place}\nceasefire OR truce");
        await person.Field(PageStrings.SmsUrgencyLabel).SelectOptionAsync("1");
        await person.PressAsync(PageStrings.SaveSettingsButton, PageStrings.ManageTitle, "settings-saved");
        await Expect(person.Field(PageStrings.SmsUrgencyLabel)).ToHaveValueAsync("1");
        await Expect(person.Field(PageStrings.FrequencyLabel)).ToHaveValueAsync("immediate");

        // A week's pause shows until when; one button resumes before the alert is published.
        await person.Field(PageStrings.PauseLabel).SelectOptionAsync("1w");
        await person.PressAsync(PageStrings.PauseButton, PageStrings.ManageTitle, "paused");
        await Expect(person.Page.Locator("#paused-status")).ToContainTextAsync("paused until");
        await person.PressAsync(PageStrings.ResumeButton, PageStrings.ManageTitle, "resumed");
        await Expect(person.Page.GetByText(PageStrings.ResumedNotice, new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Expect(person.Page.Locator("#paused-status")).ToHaveCountAsync(0);

        await Article.PublishAsync(fixture.Host, $"urn:newsalerts:e2e:{tag}", place);
        var unsubscribeLink = (await Mailbox.LinksAsync(fixture.Stack, email, "unsubscribe"))[0];

        // The alert is in the preference centre's recent alerts, with why it matched (written just after the send).
        // The alert's links are the pages themselves (not /api/... forms that redirect to them).
        var manageLink = (await Mailbox.LinksAsync(fixture.Stack, email, "manage"))[^1].ToString();
        Assert.Equal("/manage", new Uri(manageLink).AbsolutePath);
        Assert.Equal("/unsubscribe", unsubscribeLink.AbsolutePath);
        var received = person.Page.GetByText($"{Article.HeadlineStart} in {place}", new PageGetByTextOptions { Exact = false });
        await Eventually.TrueAsync(async () => { await person.Page.GotoAsync(manageLink); return await received.CountAsync() > 0; }, "the alert listed in the preference centre");
        Assert.Equal(200, await person.OpenAsync(manageLink, "recent-alerts"));
        await Expect(person.Page.Locator("ol.history li").First).ToContainTextAsync(PageStrings.RecentWhy);
        Assert.Equal(200, await person.OpenAsync(unsubscribeLink.ToString(), "unsubscribe-button"));
        await person.ExpectHeadingAsync(PageStrings.UnsubscribeTitle);
        await person.PressAsync(PageStrings.UnsubscribeButton, PageStrings.UnsubscribedTitle, "unsubscribed");
        await Expect(person.Page.GetByText(PageStrings.UnsubscribedMessage)).ToBeVisibleAsync();

        // The way back (issue 16): "email me a link to my preferences", and the preference centre (from the alert's own
        // manage link) shows the address waiting to be confirmed again; reopening the link says it is done rather than
        // asking again, with the same way back.
        await Expect(person.Page.GetByText(PageStrings.UnsubscribedWayBack)).ToBeVisibleAsync();
        await Expect(person.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = PageStrings.EmailMeManageLinkButton, Exact = true })).ToBeVisibleAsync();
        Assert.Equal(200, await person.OpenAsync(manageLink, "unsubscribed-way-back"));
        await Expect(person.Page.GetByText(PageStrings.StatusUnsubscribedEmail).First).ToBeVisibleAsync();
        Assert.Equal(200, await person.OpenAsync(unsubscribeLink.ToString(), "already-unsubscribed"));
        await person.ExpectHeadingAsync(PageStrings.AlreadyUnsubscribedTitle);
        await Expect(person.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = PageStrings.UnsubscribeButton, Exact = true })).ToHaveCountAsync(0);
        await Expect(person.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = PageStrings.EmailMeManageLinkButton, Exact = true })).ToBeVisibleAsync();

        // Trial r43 #5: the way back sends the address a come-back link (confirmed again, the topics kept), worded as a
        // return, not a blank sign-up form. The number still receives here, so the page keeps its forms and the general
        // resend button does it (an address alone gets "Start my alerts again": the Integration tests).
        Assert.Equal(200, await person.OpenAsync(manageLink, "unsubscribed-come-back"));
        await person.PressAsync(PageStrings.ResendButton, PageStrings.ManageTitle, "come-back-sent");
        await Expect(person.Page.GetByText(PageStrings.ComeBackSentNotice)).ToBeVisibleAsync();
        var comeBackLink = (await Mailbox.LinksAsync(fixture.Stack, email, "confirm", count: 2))[^1];
        Assert.Equal(200, await person.OpenAsync(comeBackLink.ToString(), "come-back-confirm"));
        await person.ExpectHeadingAsync(PageStrings.ComeBackConfirmTitle);
        await person.PressAsync(PageStrings.ConfirmButton, PageStrings.ComeBackDoneTitle, "come-back-done");
        Assert.Equal(200, await person.OpenAsync(manageLink, "came-back"));
        await Expect(person.Field(PageStrings.TopicsLabel)).ToHaveValueAsync($"{place}\nceasefire OR truce");
    }
}
