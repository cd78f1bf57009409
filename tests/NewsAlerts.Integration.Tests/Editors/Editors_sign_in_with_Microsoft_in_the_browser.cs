namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;
using NewsAlerts.Testing.Editors;

/// <summary>
/// The sign-in with Microsoft through the local host, against a local test tenant (its metadata and signing key injected,
/// no internet): the sign-in page sends the browser to the tenant's authorize endpoint with a state and nonce bound to a
/// cookie; the test plays Microsoft and posts the ID token back. A good answer sets the session and reaches the console;
/// a wrong state, a missing cookie, a wrong or missing nonce, an expired token, a token for another audience or without
/// the role, and Microsoft's own error are refused with a page, and an off-site return path is never followed.
/// </summary>
public sealed partial class Editors_sign_in_with_Microsoft_in_the_browser(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string MicrosoftOrigin = "https://login.microsoftonline.com";
    private readonly EditorTokenIssuer tenant = new();
    private TestFunctionHost host = null!;
    private HttpClient browser = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(
            fixture.Stack,
            configureServices: services => services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(tenant.Metadata),
            overrides: new Dictionary<string, string?>(EditorTokenIssuer.Settings) { ["Editor:DevSignIn"] = "false" });
        browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Client.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        browser.Dispose();
        await host.DisposeAsync();
        tenant.Dispose();
    }

    [Fact]
    public async Task An_editor_signs_in_with_microsoft_reaches_the_console_and_signs_out()
    {
        using var anonymous = await SendAsync(HttpMethod.Get, "editor/stories/s1");
        Assert.Equal(HttpStatusCode.SeeOther, anonymous.StatusCode);
        Assert.Equal("/editor/sign-in?returnTo=%2Feditor%2Fstories%2Fs1", anonymous.Headers.Location?.OriginalString);

        var attempt = await StartAsync("/editor");
        Assert.StartsWith(EditorTokenIssuer.AuthorizationEndpoint + "?", attempt.Authorize.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(EditorTokenIssuer.ClientId, attempt.Query["client_id"]);
        Assert.Equal("id_token", attempt.Query["response_type"]);
        Assert.Equal("form_post", attempt.Query["response_mode"]);
        Assert.Equal(new Uri(host.Client.BaseAddress!, "editor/signed-in").AbsoluteUri, attempt.Query["redirect_uri"]);
        Assert.Contains("httponly", attempt.SetCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", attempt.SetCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=none", attempt.SetCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/editor/signed-in", attempt.SetCookie, StringComparison.OrdinalIgnoreCase);

        var (answer, page) = await AnswerAsync(attempt, tenant.Mint(["Editor"], name: "Erin Entra", nonce: attempt.Query["nonce"]));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var cookies = answer.Headers.GetValues("Set-Cookie").ToList();
        var session = Assert.Single(cookies, c => c.StartsWith($"{EditorSessions.CookieName}=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(cookies, c => c.StartsWith($"{SignInAttempts.CookieName}=;", StringComparison.Ordinal));
        Assert.Equal("/editor", RefreshTarget(page));

        var cookie = session.Split(';')[0];
        var (home, homePage) = await GetAsync("editor", cookie);
        var (me, meJson) = await GetAsync("api/editor/me", cookie);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Erin Entra", homePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("\"id\":\"00000000-0000-0000-0000-0000000000e1\"", meJson, StringComparison.Ordinal);
        Assert.Contains("\"source\":\"MicrosoftSignIn\"", meJson, StringComparison.Ordinal);

        var signOut = HtmlForms.Of(homePage).Single(f => f.Action == "/editor/sign-out");
        var (signedOut, signedOutPage) = await HtmlForms.PostAsync(browser, signOut);
        Assert.Equal(HttpStatusCode.OK, signedOut.StatusCode);
        Assert.Contains(signedOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{EditorSessions.CookieName}=;", StringComparison.Ordinal));
        Assert.Contains("stays signed in", signedOutPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signed_in_editor_goes_back_to_the_console_page_they_asked_for_and_never_off_site()
    {
        var story = await StartAsync("/editor/stories/s1");
        var offSite = await StartAsync("https://evil.example/editor");
        var protocolRelative = await StartAsync("//evil.example/editor");

        var (_, storyPage) = await AnswerAsync(story, tenant.Mint(["Editor"], nonce: story.Query["nonce"]));
        var (_, offSitePage) = await AnswerAsync(offSite, tenant.Mint(["Editor"], nonce: offSite.Query["nonce"]));
        var (_, relativePage) = await AnswerAsync(protocolRelative, tenant.Mint(["Editor"], nonce: protocolRelative.Query["nonce"]));

        Assert.Equal("/editor/stories/s1", RefreshTarget(storyPage));
        Assert.Equal("/editor", RefreshTarget(offSitePage));
        Assert.Equal("/editor", RefreshTarget(relativePage));
        Assert.DoesNotContain("evil.example", offSitePage + relativePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_that_do_not_belong_to_this_browsers_sign_in_are_refused_with_a_page_and_no_session()
    {
        var attempt = await StartAsync("/editor");
        var other = await StartAsync("/editor");
        var nonce = attempt.Query["nonce"];

        var refused = new (string Case, Task<(HttpResponseMessage Response, string Page)> Answer, HttpStatusCode Status, string Says)[]
        {
            ("another state", AnswerAsync(attempt, tenant.Mint(["Editor"], nonce: nonce), state: other.Query["state"]), HttpStatusCode.BadRequest, EditorStrings.SignInStateWrong),
            ("no cookie", AnswerAsync(attempt with { Cookie = null }, tenant.Mint(["Editor"], nonce: nonce)), HttpStatusCode.BadRequest, EditorStrings.SignInExpired),
            ("another browser's cookie", AnswerAsync(attempt with { Cookie = other.Cookie }, tenant.Mint(["Editor"], nonce: nonce)), HttpStatusCode.BadRequest, EditorStrings.SignInStateWrong),
            ("no nonce", AnswerAsync(attempt, tenant.Mint(["Editor"])), HttpStatusCode.BadRequest, "nonce"),
            ("another nonce", AnswerAsync(attempt, tenant.Mint(["Editor"], nonce: other.Query["nonce"])), HttpStatusCode.BadRequest, "nonce"),
            ("expired", AnswerAsync(attempt, tenant.Mint(["Editor"], issuedAt: DateTimeOffset.UtcNow.AddHours(-3), nonce: nonce)), HttpStatusCode.BadRequest, "expired"),
            ("another audience", AnswerAsync(attempt, tenant.Mint(["Editor"], audience: "another-app", nonce: nonce)), HttpStatusCode.BadRequest, "another audience"),
            ("the api audience", AnswerAsync(attempt, tenant.Mint(["Editor"], audience: $"api://{EditorTokenIssuer.ClientId}", nonce: nonce)), HttpStatusCode.BadRequest, "another audience"),
            ("another key", AnswerAsync(attempt, tenant.Mint(["Editor"], otherKey: true, nonce: nonce)), HttpStatusCode.BadRequest, "signature"),
            ("no token", AnswerAsync(attempt, null), HttpStatusCode.BadRequest, "held no sign-in"),
            ("Microsoft's error", AnswerAsync(attempt, null, error: "access_denied"), HttpStatusCode.BadRequest, "access_denied"),
            ("without the role", AnswerAsync(attempt, tenant.Mint(["Reader"], nonce: nonce)), HttpStatusCode.Forbidden, "app role"),
        };

        foreach (var (name, answer, status, says) in refused)
        {
            var (response, page) = await answer;
            Assert.True(status == response.StatusCode, $"{name}: {response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(says), page, StringComparison.Ordinal);
            Assert.DoesNotContain(
                response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith($"{EditorSessions.CookieName}=", StringComparison.Ordinal) && !c.StartsWith($"{EditorSessions.CookieName}=;", StringComparison.Ordinal));
        }

        using var get = await SendAsync(HttpMethod.Get, "editor/signed-in");
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_says_what_happens_in_each_mode()
    {
        await using var both = await TestFunctionHost.StartAsync(
            fixture.Stack,
            configureServices: services => services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(tenant.Metadata),
            overrides: new Dictionary<string, string?>(EditorTokenIssuer.Settings) { ["Editor:DevSignIn"] = "true" });
        await using var neither = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Editor:DevSignIn"] = "false" });
        using var bothClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = both.Client.BaseAddress };
        using var neitherClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = neither.Client.BaseAddress };

        var devPage = await bothClient.GetStringAsync(new Uri("editor/sign-in?returnTo=%2Feditor%2Fstories%2Fs1", UriKind.Relative));
        using var microsoft = await bothClient.GetAsync(new Uri("editor/sign-in?with=microsoft&returnTo=%2Feditor%2Fstories%2Fs1", UriKind.Relative));
        using var notSetUp = await neitherClient.GetAsync(new Uri("editor/sign-in", UriKind.Relative));
        using var noCallback = await neitherClient.PostAsync(new Uri("editor/signed-in", UriKind.Relative), new FormUrlEncodedContent([new("state", "s"), new("id_token", "a.b.c")]));

        Assert.Contains(EditorStrings.KeyLabel, devPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/editor/sign-in?with=microsoft&amp;returnTo=%2Feditor%2Fstories%2Fs1\"", devPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, microsoft.StatusCode);
        Assert.StartsWith(EditorTokenIssuer.AuthorizationEndpoint, microsoft.Headers.Location?.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notSetUp.StatusCode);
        Assert.Contains(EditorStrings.SignInNotHereTitle, await notSetUp.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noCallback.StatusCode);
    }

    private async Task<Attempt> StartAsync(string returnTo)
    {
        using var response = await SendAsync(HttpMethod.Get, $"editor/sign-in?returnTo={Uri.EscapeDataString(returnTo)}");
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var authorize = response.Headers.Location!;
        var query = authorize.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{SignInAttempts.CookieName}=", StringComparison.Ordinal));
        return new Attempt(authorize, query, setCookie, setCookie.Split(';')[0]);
    }

    private async Task<(HttpResponseMessage Response, string Page)> AnswerAsync(Attempt attempt, string? idToken, string? state = null, string? error = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("state", state ?? attempt.Query["state"]) };
        if (idToken is not null)
        {
            fields.Add(new("id_token", idToken));
        }

        if (error is not null)
        {
            fields.Add(new("error", error));
            fields.Add(new("error_description", "AADSTS50105: <b>not assigned</b>"));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "editor/signed-in") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", MicrosoftOrigin);
        if (attempt.Cookie is not null)
        {
            request.Headers.Add("Cookie", attempt.Cookie);
        }

        var response = await browser.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path) => await browser.SendAsync(new HttpRequestMessage(method, path));

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        var response = await browser.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static string? RefreshTarget(string page) =>
        RefreshPattern().Match(page) is { Success: true } match && WebUtility.HtmlDecode(match.Groups["content"].Value) is var content
            && content.StartsWith("0;url=", StringComparison.Ordinal)
                ? content["0;url=".Length..]
                : null;

    [GeneratedRegex("""<meta http-equiv="refresh" content="(?<content>[^"]*)"\s*/?>""")]
    private static partial Regex RefreshPattern();

    private sealed record Attempt(Uri Authorize, Dictionary<string, string> Query, string SetCookie, string? Cookie);
}
