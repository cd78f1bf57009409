namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using NewsAlerts.Core.Security;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;
using NewsAlerts.Testing.Editors;

/// <summary>
/// The editor gate through the local host: development sign-in and Entra ID tokens (a local test tenant) are accepted;
/// anonymous visitors, subscribers' tokens, wrong keys, expired or forged cookies, a forged platform principal and tokens
/// without the role or for another audience are refused.
/// </summary>
public sealed class Only_editors_reach_the_editor_console(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly EditorTokenIssuer tenant = new();
    private TestFunctionHost host = null!;
    private HttpClient browser = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(
            fixture.Stack,
            configureServices: services => services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(tenant.Metadata),
            overrides: new Dictionary<string, string?>(EditorTokenIssuer.Settings) { ["Editor:DevSignIn"] = "true" });
        browser = Browser(host);
    }

    public async Task DisposeAsync()
    {
        browser.Dispose();
        await host.DisposeAsync();
        tenant.Dispose();
    }

    [Fact]
    public async Task The_development_sign_in_with_the_function_key_sets_a_strict_cookie_that_opens_the_console_until_sign_out()
    {
        using var anonymous = await browser.GetAsync(new Uri("editor", UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, anonymous.StatusCode);
        Assert.Equal("/editor/sign-in?returnTo=%2Feditor", anonymous.Headers.Location?.OriginalString);

        var signInPage = await browser.GetStringAsync(new Uri("editor/sign-in?returnTo=%2Feditor", UriKind.Relative));
        var form = HtmlForms.Of(signInPage).Single();
        var (wrong, wrongPage) = await HtmlForms.PostAsync(browser, form, [new("name", "Erin"), new("key", "not-the-key")]);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        Assert.Contains(EditorStrings.KeyWrong, wrongPage, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-key", wrongPage, StringComparison.Ordinal);

        var (signedIn, _) = await HtmlForms.PostAsync(browser, form, [new("name", "Erin <Editor>"), new("key", TestFunctionHost.DefaultKey)]);
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal("/editor", signedIn.Headers.Location?.OriginalString);
        var setCookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{EditorSessions.CookieName}=", setCookie, StringComparison.Ordinal);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", setCookie, StringComparison.OrdinalIgnoreCase);
        var cookie = setCookie.Split(';')[0];

        var (home, homePage) = await GetAsync("editor", cookie);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Erin &lt;Editor&gt;", homePage, StringComparison.Ordinal);
        var (me, meJson) = await GetAsync("api/editor/me", cookie);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("\"source\":\"DevSignIn\"", meJson, StringComparison.Ordinal);

        var signOut = HtmlForms.Of(homePage).Single(f => f.Action == "/editor/sign-out");
        var (signedOut, signedOutPage) = await HtmlForms.PostAsync(browser, signOut);
        Assert.Equal(HttpStatusCode.OK, signedOut.StatusCode);
        // Trial s45 #8: "Signed out" was a dead end; it links to the sign-in.
        Assert.Matches($"href=\"{EditorGate.SignInPath}(\\?[^\"]*)?\">{EditorStrings.SignInAgainLink}</a>", signedOutPage);
        Assert.Contains(signedOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{EditorSessions.CookieName}=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/editor/\u00e9")]
    [InlineData("/editor/\r\nX:1")]
    [InlineData("/editor/a b")]
    public async Task A_return_path_that_cannot_be_a_location_sends_the_signed_in_editor_to_the_console(string returnTo)
    {
        var signInPage = await browser.GetStringAsync(new Uri($"editor/sign-in?returnTo={Uri.EscapeDataString(returnTo)}", UriKind.Relative));
        var (action, hidden) = HtmlForms.Of(signInPage).Single();
        Assert.Equal("/editor", hidden["returnTo"]);
        hidden["returnTo"] = returnTo;

        var (signedIn, _) = await HtmlForms.PostAsync(browser, (action, hidden), [new("name", "Erin"), new("key", TestFunctionHost.DefaultKey)]);

        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal("/editor", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_story_key_too_long_to_be_stored_is_an_unknown_story_on_the_page_and_its_status()
    {
        var (signedIn, _) = await HtmlForms.PostAsync(
            browser, HtmlForms.Of(await browser.GetStringAsync(new Uri("editor/sign-in", UriKind.Relative))).Single(), [new("name", "Erin"), new("key", TestFunctionHost.DefaultKey)]);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie")).Split(';')[0];
        var key = new string('A', 2000);

        var (page, _) = await GetAsync($"editor/stories/{key}", cookie);
        var (status, _) = await GetAsync($"editor/stories/{key}/status", cookie);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
    }

    [Fact]
    public async Task Expired_forged_and_foreign_cookies_are_asked_to_sign_in()
    {
        var signer = host.Services.GetRequiredService<TokenSigner>();
        var past = new TokenSigner(Convert.FromBase64String(TestFunctionHost.SigningKey), new ShiftedClock { Offset = TimeSpan.FromDays(-1) });
        var expired = past.Issue(TokenPurpose.EditorSession, "Erin", TimeSpan.FromHours(8));
        var valid = signer.Issue(TokenPurpose.EditorSession, "Erin", TimeSpan.FromHours(8));
        var forged = $"{Convert.ToBase64String(Encoding.UTF8.GetBytes($"EditorSession|Mallory|{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}|n")).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{valid.Split('.')[1]}";
        var manage = signer.Issue(TokenPurpose.Manage, "Erin", TimeSpan.FromHours(8));

        foreach (var token in new[] { expired, forged, manage })
        {
            var (page, _) = await GetAsync("editor", $"{EditorSessions.CookieName}={token}");
            var (api, _) = await GetAsync("api/editor/me", $"{EditorSessions.CookieName}={token}");
            Assert.Equal(HttpStatusCode.SeeOther, page.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        }

        var (ok, _) = await GetAsync("editor", $"{EditorSessions.CookieName}={valid}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Subscribers_tokens_the_function_key_and_a_principal_header_nobody_vouches_for_are_refused()
    {
        var signer = host.Services.GetRequiredService<TokenSigner>();
        var manage = signer.Issue(TokenPurpose.Manage, "s1", TimeSpan.FromHours(1));
        var formToken = host.Services.GetRequiredService<NewsAlerts.Pages.Forms.FormTokens>().Issue("manage", "s1");
        var principal = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"auth_typ":"aad","claims":[{"typ":"roles","val":"Editor"},{"typ":"name","val":"Mallory"}]}"""));

        var (byLink, _) = await GetAsync($"editor?token={Uri.EscapeDataString(manage)}");
        var (byBearerManage, _) = await GetAsync("api/editor/me", bearer: manage);
        var (byBearerForm, _) = await GetAsync("api/editor/me", bearer: formToken);
        var (byKey, _) = await GetAsync("editor", header: ("x-functions-key", TestFunctionHost.MasterKey));
        using var posted = new HttpRequestMessage(HttpMethod.Get, "api/editor/me")
        {
            Content = new FormUrlEncodedContent([new("formToken", formToken), new("token", manage)]),
        };
        using var byForm = await browser.SendAsync(posted);
        var (byPrincipalPage, _) = await GetAsync("editor", header: (ClientPrincipal.Header, principal));
        var (byPrincipalApi, problem) = await GetAsync("api/editor/me", header: (ClientPrincipal.Header, principal));
        var (anonymousApi, _) = await GetAsync("api/editor/me");

        Assert.Equal(HttpStatusCode.Forbidden, byLink.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byBearerManage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byBearerForm.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byForm.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, byPrincipalPage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byPrincipalApi.StatusCode);
        Assert.Equal("application/problem+json", byPrincipalApi.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":401", problem, StringComparison.Ordinal);
        Assert.Equal("Bearer", anonymousApi.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task An_entra_id_token_with_the_editor_role_opens_the_console_and_others_are_refused()
    {
        var (page, html) = await GetAsync("editor", bearer: tenant.Mint(["Editor"], name: "Erin Entra"));
        var (api, json) = await GetAsync("api/editor/me", bearer: tenant.Mint(["Editor"]));
        var (noRole, _) = await GetAsync("api/editor/me", bearer: tenant.Mint(["Reader"]));
        var (noRolePage, _) = await GetAsync("editor", bearer: tenant.Mint(["Reader"]));
        var (otherAudience, _) = await GetAsync("api/editor/me", bearer: tenant.Mint(["Editor"], audience: "api://another-app"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Erin Entra", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("\"source\":\"BearerToken\"", json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, noRole.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noRolePage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAudience.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", otherAudience.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task With_the_platforms_authentication_on_its_principal_with_the_role_opens_the_console()
    {
        await using var platform = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
        {
            ["Editor:PlatformAuth"] = "true",
            ["Editor:DevSignIn"] = "false",
        });
        using var client = Browser(platform);
        string Principal(string role) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $$"""{"auth_typ":"aad","name_typ":"name","role_typ":"roles","claims":[{"typ":"roles","val":"{{role}}"},{"typ":"name","val":"Pat Platform"},{"typ":"oid","val":"oid-p"}]}"""));

        using var editor = new HttpRequestMessage(HttpMethod.Get, "editor") { Headers = { { ClientPrincipal.Header, Principal("Editor") } } };
        using var reader = new HttpRequestMessage(HttpMethod.Get, "editor") { Headers = { { ClientPrincipal.Header, Principal("Reader") } } };
        using var editorAnswer = await client.SendAsync(editor);
        using var readerAnswer = await client.SendAsync(reader);
        using var signIn = await client.GetAsync(new Uri("editor/sign-in", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, editorAnswer.StatusCode);
        Assert.Contains("Pat Platform", await editorAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, readerAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.StartsWith("/.auth/login/aad?post_login_redirect_uri=", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static HttpClient Browser(TestFunctionHost host) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Client.BaseAddress };

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path, string? cookie = null, string? bearer = null, (string Name, string Value)? header = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (header is { } h)
        {
            request.Headers.Add(h.Name, h.Value);
        }

        var response = await browser.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
