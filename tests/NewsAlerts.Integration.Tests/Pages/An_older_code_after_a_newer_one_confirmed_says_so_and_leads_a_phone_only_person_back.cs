namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trial r32 #3: a person signed up with a number only (code A), signed up again in another tab (the same sign-up, code
/// B), entered B, then A in the first tab: the page said "this code was used already" (A never was) and offered the
/// manage link by email, which a person with a number only does not have. An older code now says a newer code confirmed
/// the number, the same code entered again still says "used already", and a sign-up with a number only is led to sign
/// up again with the number, whose texted code takes it to the preferences.
/// </summary>
public sealed class An_older_code_after_a_newer_one_confirmed_says_so_and_leads_a_phone_only_person_back(StackFixture fixture)
    : IClassFixture<StackFixture>, IAsyncLifetime
{
    private SignUpStack stack = null!;

    public async Task InitializeAsync() => stack = await SignUpStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_older_code_says_a_newer_code_confirmed_and_the_way_back_is_a_texted_code_to_the_preferences()
    {
        var phone = TestPhones.NewValid();
        var first = await SignUps.StartAsync(stack.SignUps, null, phone, "Syria");
        var firstTab = await stack.ConfirmPageAsync(first.SignUp.Id);
        var second = await SignUps.StartAsync(stack.SignUps, null, phone, "Syria", "Lebanon");
        Assert.Equal(first.SignUp.Id, second.SignUp.Id);
        Assert.NotEqual(first.SmsCode, second.SmsCode);
        var (_, confirmed) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(await stack.ConfirmPageAsync(second.SignUp.Id), "code"), [new("code", second.SmsCode!)]);
        Assert.DoesNotContain("name=\"code\"", confirmed, StringComparison.Ordinal);

        var (olderAnswer, older) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(firstTab, "code"), [new("code", first.SmsCode!)]);
        var (_, again) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(firstTab, "code"), [new("code", second.SmsCode!)]);

        Assert.Equal(HttpStatusCode.OK, olderAnswer.StatusCode);
        Assert.Contains(PageStrings.AlreadyConfirmedByNewerCodeMessage, WebUtility.HtmlDecode(older), StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.AlreadyConfirmedSmsMessage, WebUtility.HtmlDecode(older), StringComparison.Ordinal);
        Assert.Contains(PageStrings.AlreadyConfirmedSmsMessage, WebUtility.HtmlDecode(again), StringComparison.Ordinal);
        foreach (var page in new[] { older, again })
        {
            // The way back is a manage link sent to the number itself (/manage/link takes a number), never an email.
            Assert.Contains(PageStrings.AlreadyConfirmedManageLink, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
            Assert.Contains("href=\"/manage/link", page, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/signup", page, StringComparison.Ordinal);
            Assert.DoesNotContain(phone, page, StringComparison.Ordinal);
        }

        // Signing up again with the number still works too: the code as texted (SMS sink) leads to the preferences.
        var back = await SignUps.StartAsync(stack.SignUps, null, phone, "Syria");
        var texted = TextedCodes.Of((await stack.SendCodeTextAsync(back.SignUp.Id, phone, back.SmsCode!, "en"))[^1]);
        var (_, preferencesWay) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(await stack.ConfirmPageAsync(back.SignUp.Id), "code"), [new("code", texted)]);

        Assert.Equal("/manage", HtmlForms.WithStep(preferencesWay, "open").Action);
    }

    [Fact]
    public async Task A_sign_up_with_an_address_keeps_the_manage_link_by_email_as_its_way_back()
    {
        var phone = TestPhones.NewValid();
        var request = new SubscriberRequest($"older32-{Guid.NewGuid():N}@example.com", phone, "UTC", [("Syria", false)], 2);
        var first = await stack.SignUps.SignUpAsync(request, CancellationToken.None);
        var tab = await stack.ConfirmPageAsync(first.SignUp.Id);
        var second = await stack.SignUps.SignUpAsync(request with { Topics = [("Syria", false), ("Lebanon", false)] }, CancellationToken.None);
        Assert.Equal(first.SignUp.Id, second.SignUp.Id);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmSmsAsync(second.SignUp.Id, second.SmsCode, CancellationToken.None)).Kind);

        var (_, page) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(tab, "code"), [new("code", first.SmsCode!)]);

        Assert.Contains(PageStrings.AlreadyConfirmedByNewerCodeMessage, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("href=\"/manage/link", page, StringComparison.Ordinal);
    }
}
