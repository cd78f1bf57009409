namespace NewsAlerts.EndToEnd.Tests.Flows;

using System.Text.RegularExpressions;
using NewsAlerts.Cli.Stack;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.Pages;
using NewsAlerts.Testing;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Issue 16: a person signed up with a mobile number only, no email, comes back later for their preferences: they type
/// the number on "Get a link to my preferences", are told to check their texts (and how to restart if they replied
/// STOP), and open their preference centre from the link in the text the SMS sink received.
/// </summary>
public sealed partial class A_person_with_a_number_only_gets_a_manage_link_by_text(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Driven at phone width; every state it reaches is also checked at desktop width (FlowRecorder).
    [Fact]
    public async Task The_texted_link_opens_the_preference_centre()
    {
        var width = ScreenWidth.Phone;
        var phone = TestPhones.NewValid();
        await using var context = await fixture.NewContextAsync(width);
        var person = new Person(await context.NewPageAsync(), new FlowRecorder("manage-link-by-text", width));
        Assert.Equal(200, await person.OpenAsync("signup", "signup"));
        await person.Field(PageStrings.PhoneLabel).FillAsync(phone);
        await person.Field(PageStrings.TopicsLabel).FillAsync("Homs");
        await person.PressAsync(PageStrings.SignUpButton, PageStrings.CodeTitle, "enter-code");
        await person.Field(PageStrings.CodeLabel).FillAsync(await Mailbox.SmsCodeAsync(fixture.Stack, phone));
        await person.PressAsync(PageStrings.CodeButton, PageStrings.ConfirmedTitle, "phone-confirmed");

        Assert.Equal(200, await person.OpenAsync("manage/link", "manage-link-form"));
        await person.Field(PageStrings.PhoneLabel).FillAsync(phone);
        await person.PressAsync(PageStrings.ManageLinkButton, PageStrings.ManageLinkTextedTitle, "manage-link-texted");
        await Expect(person.Page.GetByText(PageStrings.ManageLinkTextedMessage)).ToBeVisibleAsync();

        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        string? link = null;
        await Eventually.TrueAsync(async () =>
        {
            link = (await sink.MessagesToAsync(phone, CancellationToken.None))
                .Select(m => ManageLink().Match(m.GetProperty("body").GetString() ?? string.Empty))
                .FirstOrDefault(m => m.Success)?.Value;
            return link is not null;
        }, "the texted manage link");
        Assert.Equal(200, await person.OpenAsync(link!, "preference-centre-from-text"));
        await person.ExpectHeadingAsync(PageStrings.ManageTitle);
        await Expect(person.Field(PageStrings.TopicsLabel)).ToHaveValueAsync("Homs");
    }

    [GeneratedRegex(@"https?://\S+/manage\?token=[^\s\u2069]+")]
    private static partial Regex ManageLink();
}
