namespace NewsAlerts.Integration.Tests.Pages;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Session 42 (trial r41 #6): <c>/api/sign-ups/{id}/confirm-email?token=</c>, the link already sent in emails, answered
/// <c>&lt;html lang="en"&gt;</c> "Confirm your subscription" to a German browser, while <c>/confirm</c> answered in German.
/// Every page a browser can reach (links already sent, their redirects, the 403, 404 and 410 pages, unsubscribe,
/// <c>/manage/link</c>) speaks by one rule: the language of the sign-up or subscriber the link names when it is known,
/// else the browser's <c>Accept-Language</c>, else English.
/// </summary>
public sealed class Every_page_a_browser_reaches_speaks_by_one_language_rule(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_old_confirmation_link_of_an_unknown_sign_up_speaks_the_browsers_language()
    {
        var (response, html) = await OpenAsync("api/sign-ups/uS7Xz_MY8cGZsdGxGiSBB/confirm-email?token=abc", "de");

        Assert.Equal(["de"], response.Languages);
        Assert.Contains("<html lang=\"de\"", html, StringComparison.Ordinal);
        Assert.Contains(Catalog("ConfirmTitle", "de"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_old_confirmation_link_of_a_known_sign_up_speaks_its_language_on_any_browser()
    {
        var started = await host.Services.GetRequiredService<SignUpService>().SignUpAsync(
            new SubscriberRequest($"lang42-{Guid.NewGuid():N}@example.com", null, "Europe/Paris", [("Syrie", false)], 2, Language: "fr"), CancellationToken.None);

        var (response, html) = await OpenAsync(
            $"api/sign-ups/{started.SignUp.Id}/confirm-email?token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", "de");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["fr"], response.Languages);
        Assert.Contains(Catalog("ConfirmTitle", "fr"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_old_confirmation_link_is_sent_on_to_todays_with_the_same_sign_up_and_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/sign-ups/uS7Xz_MY8cGZsdGxGiSBB/confirm-email?token=a%2Bb");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await host.Browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/confirm?signUp=uS7Xz_MY8cGZsdGxGiSBB&token=a%2Bb", response.Headers.Location!.OriginalString);
    }

    // Each kind of page a browser reaches without a known subscriber: a link cut short, forged or expired, the 403 of a
    // form posted without its token, the 404 of an unknown path, the 410 of a "you're confirmed" page whose view expired.
    [Theory]
    [InlineData("GET", "confirm?signUp=nope&token=abc", "de")]
    [InlineData("GET", "confirm?signUp=nope&token=abc", "ar")]
    [InlineData("GET", "confirm?token=forged", "fr")]
    [InlineData("GET", "confirm?signUp=uS7Xz_MY8cGZsdGxGiSBB", "es")]
    [InlineData("GET", "confirm?view=expired&channel=email", "it")]
    [InlineData("GET", "api/sign-ups/a%7Cb/confirm-email?token=x", "nl")]
    [InlineData("GET", "api/unsubscribe?token=forged", "de")]
    [InlineData("GET", "unsubscribe?token=forged", "pt")]
    [InlineData("GET", "manage/link", "ar")]
    [InlineData("GET", "manage?token=forged", "fr")]
    [InlineData("GET", "api/subscribers/sNoSuchSubscriber?token=forged", "it")]
    [InlineData("GET", "no/such/page", "de")]
    [InlineData("GET", "api/a/zzzz", "es")]
    [InlineData("POST", "confirm", "nl")]
    [InlineData("POST", "unsubscribe", "pt")]
    [InlineData("POST", "manage/link", "de")]
    public async Task A_page_without_a_known_subscriber_speaks_the_browsers_language(string method, string path, string language)
    {
        var (response, html) = await OpenAsync(path, language, method);

        Assert.Equal("text/html", response.MediaType);
        Assert.Equal([language], response.Languages);
        Assert.Contains($"<html lang=\"{language}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_old_unsubscribe_link_of_a_known_subscriber_speaks_their_language_on_any_browser()
    {
        var person = await UnsubscribingSubscriber.SignUpAsync(host, "lang42", language: "nl");

        var (response, _) = await OpenAsync("api" + person.Link.PathAndQuery, "de");

        Assert.Equal(["nl"], response.Languages);
    }

    [Fact]
    public async Task A_browser_naming_no_offered_language_gets_english()
    {
        var (response, html) = await OpenAsync("api/sign-ups/uS7Xz_MY8cGZsdGxGiSBB/confirm-email?token=abc", "sv-SE, ja;q=0.5");

        Assert.Equal(["en"], response.Languages);
        Assert.Contains(PageStrings.Catalog.GetString("ConfirmTitle", CultureInfo.InvariantCulture)!, html, StringComparison.Ordinal);
    }

    private static string Catalog(string key, string language) => PageStrings.Catalog.GetString(key, CultureInfo.GetCultureInfo(language))!;

    // Opened as a browser opens a link (Accept: text/html, its Accept-Language), following redirects as a browser does;
    // the page decoded, so words compare whatever characters the renderer encodes.
    private async Task<(Opened Response, string Html)> OpenAsync(string path, string acceptLanguage, string method = "GET")
    {
        using var client = new HttpClient { BaseAddress = host.Client.BaseAddress };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("step", "resend")]);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        using var response = await client.SendAsync(request);
        return (new Opened(response.StatusCode, response.Content.Headers.ContentType?.MediaType, [.. response.Content.Headers.ContentLanguage]),
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    // What a test reads of an answer besides its page: status, media type and Content-Language.
    private sealed record Opened(HttpStatusCode StatusCode, string? MediaType, IReadOnlyList<string> Languages);
}
