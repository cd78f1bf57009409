namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16's trial: after five wrong codes the right one got "wrong, expired or used up", and "abc" or five digits
/// spent a try. On the code page and on the preference centre, a code that is not six digits says how to write one
/// and spends no try; a code that can no longer be used (five wrong tries, or expired) says so and offers a new one.
/// </summary>
public sealed class A_code_of_the_wrong_shape_or_used_up_says_what_to_do(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly string[] Misshapen = ["abc", "12345", "1234567", "12a456", "\u0661\u0662\u0663\u0664\u0665", ""];

    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task On_the_code_page_a_misshapen_code_says_enter_six_digits_and_spends_no_try()
    {
        var (started, codePage) = await SignUpWithNumberAsync();
        var form = HtmlForms.WithStep(codePage, "code");

        foreach (var typed in Misshapen)
        {
            var (answer, html) = await HtmlForms.PostAsync(host.Client, form, [new("code", typed)]);
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, typed);
            Assert.Contains(PageStrings.CodeNotSixDigits, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.DoesNotContain(PageStrings.CodeWrong, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        // Six misshapen codes, more than the five tries: the right code still works.
        var (right, rightPage) = await HtmlForms.PostAsync(host.Client, form, [new("code", started.SmsCode!)]);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(PageStrings.ConfirmedTitle, WebUtility.HtmlDecode(rightPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_code_page_the_right_code_after_five_wrong_ones_says_it_can_no_longer_be_used_and_offers_a_new_one()
    {
        var (started, codePage) = await SignUpWithNumberAsync();
        var form = HtmlForms.WithStep(codePage, "code");
        var wrong = started.SmsCode == "000000" ? "111111" : "000000";
        for (var i = 0; i < PendingConfirmations.MaxSmsCodeAttempts; i++)
        {
            var (answer, html) = await HtmlForms.PostAsync(host.Client, form, [new("code", wrong)]);
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
            Assert.Contains(PageStrings.CodeWrong, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        foreach (var code in new[] { started.SmsCode!, wrong })
        {
            var (usedUp, usedUpPage) = await HtmlForms.PostAsync(host.Client, form, [new("code", code)]);
            Assert.Equal(HttpStatusCode.Forbidden, usedUp.StatusCode);
            Assert.Contains(PageStrings.CodeUsedUp, WebUtility.HtmlDecode(usedUpPage), StringComparison.Ordinal);
            Assert.DoesNotContain(PageStrings.CodeWrong, WebUtility.HtmlDecode(usedUpPage), StringComparison.Ordinal);
            Assert.Equal("resend", HtmlForms.WithStep(usedUpPage, "resend").Hidden["step"]);
        }

        // The API still answers every refused code alike.
        using var api = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{started.SignUp.Id}/confirm-sms", new { code = started.SmsCode });
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains(SignUpService.WrongCode.Reason!, await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_preference_centre_a_misshapen_code_spends_no_try_and_a_used_up_one_says_so()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"shape-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var (_, _, change) = await signUps.PrepareContactChangeAsync(confirmed.Subscriber.Id, confirmed.ManageToken, Channel.Sms, TestPhones.NewValid(), CancellationToken.None);
        var code = (await signUps.StartContactChangeAsync(change!, Channel.Sms, CancellationToken.None)).SmsCode!;
        var page = await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));
        var form = HtmlForms.WithStep(page, "code");

        foreach (var typed in Misshapen)
        {
            var (answer, html) = await HtmlForms.PostAsync(host.Client, form, [new("code", typed)]);
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, typed);
            Assert.Contains($"{PageStrings.CodeLabel}: {PageStrings.CodeNotSixDigits}", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < PendingConfirmations.MaxSmsCodeAttempts; i++)
        {
            var (_, html) = await HtmlForms.PostAsync(host.Client, form, [new("code", wrong)]);
            Assert.Contains(PageStrings.CodeWrong, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        var (usedUp, usedUpPage) = await HtmlForms.PostAsync(host.Client, form, [new("code", code)]);
        Assert.Equal(HttpStatusCode.BadRequest, usedUp.StatusCode);
        Assert.Contains(PageStrings.CodeUsedUp, WebUtility.HtmlDecode(usedUpPage), StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CodeWrong, WebUtility.HtmlDecode(usedUpPage), StringComparison.Ordinal);
        Assert.Contains(PageStrings.SendNewCodeButton, WebUtility.HtmlDecode(usedUpPage), StringComparison.Ordinal);
    }

    private async Task<(SignUpStarted Started, string CodePage)> SignUpWithNumberAsync()
    {
        var started = await host.Services.GetRequiredService<SignUpService>()
            .SignUpAsync(new SubscriberRequest(null, TestPhones.NewValid(), "UTC", [("Syria", false)], 2), CancellationToken.None);
        return (started, await host.Client.GetStringAsync(new Uri($"confirm?signUp={started.SignUp.Id}", UriKind.Relative)));
    }
}
