namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Testing;

/// <summary>
/// Post/Redirect/Get for every form whose answer a reload would send again (issue 16's trial): confirming, "Manage your alerts",
/// the sign-up form (email only, with a number) and "email me a link" answer 303 to a page that can be reloaded or
/// bookmarked; no address, number or confirmation token travels in those URLs.
/// </summary>
public sealed class Forms_redirect_after_a_post_so_a_reload_sends_nothing_again(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task Manage_your_alerts_after_confirming_answers_303_to_the_manage_link_which_a_bookmark_opens_again()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var started = await signUps.SignUpAsync(new SubscriberRequest($"prg-{tag}@example.com", null, "UTC", [("Syria", false)], 2), CancellationToken.None);
        var button = HtmlForms.Of(await host.Browser.GetStringAsync(new Uri(
            $"confirm?signUp={started.SignUp.Id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative))).Single();
        var (confirmed, _) = await HtmlForms.PostAsync(host.Browser, button);
        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode); // the confirmation itself answers 303 (issue 16)
        var confirmedPage = await host.Browser.GetStringAsync(new Uri(confirmed.Headers.Location!.OriginalString.TrimStart('/'), UriKind.Relative));

        var (opened, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(confirmedPage, "open"));

        Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
        var location = opened.Headers.Location!.OriginalString;
        Assert.StartsWith("/manage?token=", location, StringComparison.Ordinal);
        foreach (var visit in new[] { "first", "bookmark" })
        {
            using var page = await host.Browser.GetAsync(new Uri(location.TrimStart('/'), UriKind.Relative));
            Assert.True(page.StatusCode == HttpStatusCode.OK, visit);
            Assert.Contains($"prg-{tag}@example.com", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_email_sign_up_answers_303_to_check_your_email_and_reloading_that_page_signs_up_nobody()
    {
        var email = $"prg-mail-{Guid.NewGuid():N}@example.com";
        var (posted, _) = await SignUpAsync([new("email", email)]);

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.Matches("^/signup\\?sent=email&signUp=u[A-Za-z0-9_-]+&lang=en$", location); // the sign-up id, for "send it again" (issue 16)
        Assert.Equal("no-store", posted.Headers.CacheControl?.ToString());
        var html = await host.Browser.GetStringAsync(new Uri(location.TrimStart('/'), UriKind.Relative));
        Assert.Contains(PageStrings.CheckEmailMessage, html, StringComparison.Ordinal);
        Assert.Equal("resend", Assert.Single(HtmlForms.Of(html)).Hidden["step"]); // its one form sends only when pressed
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_sign_up_with_a_number_answers_303_to_the_code_page_with_no_contact_in_the_address(bool withEmail)
    {
        var phone = TestPhones.NewValid();
        var email = $"prg-both-{Guid.NewGuid():N}@example.com";
        var (posted, _) = await SignUpAsync(withEmail ? [new("phone", phone), new("email", email)] : [new("phone", phone)]);

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/confirm?signUp=", location, StringComparison.Ordinal);
        Assert.EndsWith(withEmail ? "&sent=both&lang=en" : "&sent=sms&lang=en", location, StringComparison.Ordinal);
        Assert.DoesNotContain(phone.TrimStart('+'), location, StringComparison.Ordinal);
        Assert.DoesNotContain("token", location, StringComparison.Ordinal);
        var html = await host.Browser.GetStringAsync(new Uri(location.TrimStart('/'), UriKind.Relative));
        Assert.Contains(PageStrings.CheckPhoneMessage, html, StringComparison.Ordinal);
        Assert.Equal(withEmail, html.Contains(PageStrings.CheckEmailMessage, StringComparison.Ordinal));
        Assert.Equal("code", HtmlForms.WithStep(html, "code").Hidden["step"]);
    }

    [Fact]
    public async Task Email_me_a_link_answers_303_to_a_page_that_sends_nothing_when_reloaded()
    {
        var form = HtmlForms.Of(await host.Browser.GetStringAsync(new Uri("manage/link", UriKind.Relative))).Single();

        var (posted, _) = await HtmlForms.PostAsync(host.Browser, form, [new("email", $"prg-link-{Guid.NewGuid():N}@example.com")]);

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal("/manage/link?sent=1&lang=en", posted.Headers.Location!.OriginalString);
        var html = await host.Browser.GetStringAsync(new Uri("manage/link?sent=1", UriKind.Relative));
        Assert.Contains(PageStrings.ManageLinkSentTitle, html, StringComparison.Ordinal);
        Assert.Empty(HtmlForms.Of(html));
    }

    [Fact]
    public async Task Adding_a_number_and_sending_a_new_code_on_the_preference_centre_answer_303_to_the_page_holding_the_code_field()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"prg-phone-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var manage = $"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}";
        var page = await host.Browser.GetStringAsync(new Uri(manage, UriKind.Relative));

        // Issue 16's trial: "Change mobile number" answered 200, so each reload posted again and texted a new code.
        var (added, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(page, "phone"), [new("newPhone", TestPhones.NewValid())]);
        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        Assert.Equal($"/{manage}&{ManageNotices.Field}={ManageNotices.PhoneChangeSent}", added.Headers.Location!.OriginalString);
        var waiting = await host.Browser.GetStringAsync(new Uri(added.Headers.Location.OriginalString.TrimStart('/'), UriKind.Relative));
        Assert.Contains(PageStrings.ChangePhoneSent, WebUtility.HtmlDecode(waiting), StringComparison.Ordinal);
        Assert.Equal("code", HtmlForms.WithStep(waiting, "code").Hidden["step"]);

        var (resent, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(waiting, "resend"));
        Assert.Equal(HttpStatusCode.SeeOther, resent.StatusCode);
        Assert.Equal($"/{manage}&{ManageNotices.Field}={ManageNotices.ResentCode}", resent.Headers.Location!.OriginalString);
        var again = await host.Browser.GetStringAsync(new Uri(resent.Headers.Location.OriginalString.TrimStart('/'), UriKind.Relative));
        Assert.Contains(PageStrings.ResendSent, WebUtility.HtmlDecode(again), StringComparison.Ordinal);
        Assert.Equal("code", HtmlForms.WithStep(again, "code").Hidden["step"]);
    }

    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(IEnumerable<KeyValuePair<string, string>> contacts)
    {
        var form = HtmlForms.Of(await host.Browser.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();
        // A client of its own, so the per-client sign-up limit of other tests never applies.
        return await HtmlForms.PostAsync(
            host.Browser, form, [.. contacts, new("topics", "Syria"), new("timeZone", "UTC")], from: $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1");
    }
}
