namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16's trial: a bad or old link opened from an email or a text leads somewhere. A bad unsubscribe link offers
/// "email me a link" right there; a malformed confirmation link and a gone subscriber offer signing up again; a broken
/// SMS short link (cut off, unknown or run on) is a page for a browser and problem+json for an API client; so is an old
/// manage link that lost its token.
/// </summary>
public sealed class A_broken_link_from_a_message_offers_a_way_on(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("unsubscribe?token=not-a-token")]
    [InlineData("unsubscribe?token=")]
    [InlineData("api/unsubscribe?token=eyJvbGQiOjF9.c2ln")]
    public async Task A_bad_unsubscribe_link_offers_the_form_that_emails_a_link_to_the_preferences(string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.UnsubscribeNotValidMessage), html, StringComparison.Ordinal);
        var form = Assert.Single(HtmlForms.Of(html));
        Assert.Equal("/manage/link", form.Action);
        Assert.Contains("name=\"email\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("confirm?signUp=not%20an%20id!&token=t")]
    [InlineData("confirm?signUp=&token=t")]
    public async Task A_malformed_confirmation_link_offers_signing_up_again(string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<a href=\"/signup?lang=en\">{PageStrings.LinkNotValidSignUpAgain}</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/a/zzzz")]
    [InlineData("api/a/not!a-code")]
    [InlineData("api/a/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    // Trial r36 #11: a link cut before its code, or with text run into it, was raw JSON in the browser.
    [InlineData("api/a")]
    [InlineData("api/a/")]
    [InlineData("api/a/FdE7o7eg/x")]
    [InlineData("api/a/FdE7o7eg/x/y")]
    public async Task A_broken_short_link_is_a_page_for_a_browser_and_problem_json_for_an_api_client(string path)
    {
        using var page = new HttpRequestMessage(HttpMethod.Get, path);
        page.Headers.Add("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var asPage = await host.Client.SendAsync(page);
        using var asApi = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await asPage.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, asPage.StatusCode);
        Assert.Equal("text/html", asPage.Content.Headers.ContentType?.MediaType);
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.ShortLinkNotFoundMessage), html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/signup?lang=en\">", html, StringComparison.Ordinal);
        Assert.Equal("application/problem+json", asApi.Content.Headers.ContentType?.MediaType);
    }

    // Trial r36 #11: an old manage link (/api/subscribers/{id}?token=) that lost its token answered 403 JSON to a browser.
    // A browser goes on to /manage, which offers a new link; an API client keeps its problem+json.
    [Theory]
    [InlineData("api/subscribers/01M8V2HVXMXTCDFQW0CWA0FDAW", "/manage")]
    [InlineData("api/subscribers/01M8V2HVXMXTCDFQW0CWA0FDAW?token=", "/manage")]
    [InlineData("api/subscribers/01M8V2HVXMXTCDFQW0CWA0FDAW?token=abc", "/manage?token=abc")]
    public async Task An_old_manage_link_without_its_token_leads_a_browser_to_the_preferences_page(string path, string location)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Client.BaseAddress };
        using var page = new HttpRequestMessage(HttpMethod.Get, path);
        page.Headers.Add("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var asPage = await browser.SendAsync(page);
        using var asApi = await browser.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, asPage.StatusCode);
        Assert.Equal(location, asPage.Headers.Location?.OriginalString);
        Assert.Equal("application/problem+json", asApi.Content.Headers.ContentType?.MediaType);

        using var manage = new HttpRequestMessage(HttpMethod.Get, location.TrimStart('/'));
        manage.Headers.Add("Accept", "text/html");
        using var shown = await browser.SendAsync(manage);
        var html = await shown.Content.ReadAsStringAsync();
        Assert.Equal("text/html", shown.Content.Headers.ContentType?.MediaType);
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.ManageLinkNotValidMessage), html, StringComparison.Ordinal);
    }
}
