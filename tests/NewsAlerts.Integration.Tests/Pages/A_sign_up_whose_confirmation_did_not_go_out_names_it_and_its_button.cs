namespace NewsAlerts.Integration.Tests.Pages;

using System.Globalization;
using System.Net;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trial r38 #2, through the local host on the real stack: with SMTP down the "check your email" page said "We have sent a
/// confirmation link" and "if nothing arrives in a few minutes", though nothing retries it; with the SMS provider failing,
/// the code page said "We have texted you a code". The first confirmation fails here as a provider outage does: the page
/// names the channel that did not go out, has no "we have sent" for it, and its button sends it now (and it goes).
/// </summary>
public sealed class A_sign_up_whose_confirmation_did_not_go_out_names_it_and_its_button(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private FailingFirstConfirmationSender? sender;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(
        fixture.Stack,
        configureServices: services => services.Decorate<IConfirmationSender>((_, inner) => sender = new FailingFirstConfirmationSender(inner)));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_email_only_sign_up_whose_link_failed_says_so_and_sends_it_again_on_the_button()
    {
        var (response, html) = await SignUpAsync([new("email", $"smtp-down-{Guid.NewGuid():N}@example.com")]);
        var page = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("notSent=email", response.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
        Assert.Contains(PageStrings.EmailNotSentTitle, page, StringComparison.Ordinal);
        Assert.Contains(Format(PageStrings.EmailLinkNotSent, PageStrings.SendItAgainButton), page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CheckEmailMessage, page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.NotSentMessage, page, StringComparison.Ordinal);

        var (again, againHtml) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(html, "resend"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.DoesNotContain("notSent", again.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
        Assert.Contains(PageStrings.ResentLinkMessage, WebUtility.HtmlDecode(againHtml), StringComparison.Ordinal);
        Assert.Equal(2, sender!.Confirmations);
    }

    [Fact]
    public async Task A_code_page_whose_link_failed_names_the_link_and_offers_a_new_link()
    {
        var (response, html) = await SignUpAsync([new("email", $"smtp-down-{Guid.NewGuid():N}@example.com"), new("phone", TestPhones.NewValid())]);
        var page = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("notSent=email", response.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
        Assert.Contains(Format(PageStrings.EmailLinkNotSent, PageStrings.SendNewLinkButton), page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CheckEmailMessage, page, StringComparison.Ordinal);
        Assert.Contains(PageStrings.CheckPhoneMessage, page, StringComparison.Ordinal);
        var resends = HtmlForms.Of(html).Where(f => f.Hidden.GetValueOrDefault("step") == "resend").ToList();
        Assert.Equal(["sms", "email"], resends.Select(f => f.Hidden["channel"]));
        Assert.Contains(PageStrings.SendNewLinkButton, page, StringComparison.Ordinal);

        var (again, againHtml) = await HtmlForms.PostAsync(host.Client, resends.Single(f => f.Hidden["channel"] == "email"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.DoesNotContain("notSent", again.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
        Assert.Equal(3, sender!.Confirmations); // the failed link, the code, the link again (and no second code)
        Assert.DoesNotContain(Format(PageStrings.EmailLinkNotSent, PageStrings.SendNewLinkButton), WebUtility.HtmlDecode(againHtml), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_only_sign_up_whose_code_failed_says_so_and_not_that_it_was_texted()
    {
        var (response, html) = await SignUpAsync([new("phone", TestPhones.NewValid())]);
        var page = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("notSent=sms", response.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
        Assert.Contains(Format(PageStrings.SmsCodeNotSent, PageStrings.SendNewCodeButton), page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CheckPhoneMessage, page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.NotSentMessage, page, StringComparison.Ordinal);
    }

    private static string Format(string format, string button) => string.Format(CultureInfo.CurrentCulture, format, button);

    // The sign-up form posted as a browser at an address of its own (the per-client limit is not what is tested).
    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(IEnumerable<KeyValuePair<string, string>> contacts)
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).First(f => f.Action == "/signup");
        return await HtmlForms.PostAsync(host.Client, form, [.. contacts, new("topics", "Syria"), new("timeZone", "UTC")], from: $"2001:db8:38a:{Random.Shared.Next(1, 0xffff):x}::1");
    }
}
