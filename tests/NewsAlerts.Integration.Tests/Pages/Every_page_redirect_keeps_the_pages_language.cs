namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: "send it again" dropped <c>lang</c>, and the sign-up's redirect kept it only when it differed from the
/// browser's language, so a person who chose French with the switcher on an English browser was answered in English.
/// Every redirect a page answers keeps the page's language: here a French page on a browser asking for English.
/// </summary>
public sealed class Every_page_redirect_keeps_the_pages_language(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public static TheoryData<string> Redirects => ["sign up by email", "sign up with a number", "send it again", "confirm by the link", "confirm by the code", "email me a link", "the site root"];

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        host.Browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Theory]
    [MemberData(nameof(Redirects))]
    public async Task A_french_page_on_an_english_browser_redirects_to_a_french_page(string redirect)
    {
        using var response = redirect switch
        {
            "sign up by email" => await SignUpAsync([new("email", Address())]),
            "sign up with a number" => await SignUpAsync([new("phone", TestPhones.NewValid())]),
            "send it again" => await SendItAgainAsync(),
            "confirm by the link" => await ConfirmAsync(byCode: false),
            "confirm by the code" => await ConfirmAsync(byCode: true),
            "email me a link" => await PostAsync("manage/link?lang=fr", null, [new("email", Address())]),
            _ => await host.Browser.GetAsync(new Uri("?lang=fr", UriKind.Relative)),
        };

        Assert.True(response.StatusCode is HttpStatusCode.SeeOther or HttpStatusCode.Found, $"{redirect}: {response.StatusCode}");
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("lang=fr", location, StringComparison.Ordinal);
        using var landing = await host.Browser.GetAsync(new Uri(location.TrimStart('/'), UriKind.Relative));
        Assert.True(landing.StatusCode == HttpStatusCode.OK, $"{location}: {landing.StatusCode}");
        Assert.Equal(["fr"], landing.Content.Headers.ContentLanguage);
    }

    private static string Address() => $"lang-{Guid.NewGuid():N}@example.com";

    private Task<HttpResponseMessage> SignUpAsync(KeyValuePair<string, string>[] contacts) =>
        PostAsync("signup?lang=fr", null, [.. contacts, new("topics", "Syria"), new("timeZone", "UTC")]);

    // The original fault: the "check your email" page in French, then "send it again".
    private async Task<HttpResponseMessage> SendItAgainAsync()
    {
        using var signedUp = await SignUpAsync([new("email", Address())]);
        var checkEmail = await host.Browser.GetStringAsync(new Uri(signedUp.Headers.Location!.OriginalString.TrimStart('/'), UriKind.Relative));
        return await PostForm(HtmlForms.WithStep(checkEmail, "resend"), []);
    }

    private async Task<HttpResponseMessage> ConfirmAsync(bool byCode)
    {
        var started = await host.Services.GetRequiredService<SignUpService>().SignUpAsync(
            new SubscriberRequest(byCode ? null : Address(), byCode ? TestPhones.NewValid() : null, "UTC", [("Syria", false)], 2), CancellationToken.None);
        return byCode
            ? await PostAsync($"confirm?signUp={started.SignUp.Id}&lang=fr", "code", [new("code", started.SmsCode!)])
            : await PostAsync($"confirm?signUp={started.SignUp.Id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}&lang=fr", "email", []);
    }

    // Opens the page and posts its form (the one with step, when given) with fields, as a browser would.
    private async Task<HttpResponseMessage> PostAsync(string page, string? step, KeyValuePair<string, string>[] fields)
    {
        var html = await host.Browser.GetStringAsync(new Uri(page, UriKind.Relative));
        return await PostForm(step is null ? HtmlForms.Of(html).Single() : HtmlForms.WithStep(html, step), fields);
    }

    private async Task<HttpResponseMessage> PostForm((string Action, Dictionary<string, string> Hidden) form, KeyValuePair<string, string>[] fields)
    {
        Assert.Equal("fr", form.Hidden["lang"]);
        var (response, _) = await HtmlForms.PostAsync(host.Browser, form, fields);
        return response;
    }
}
