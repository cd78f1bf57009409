namespace NewsAlerts.EndToEnd.Tests.Editor;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Security;
using NewsAlerts.EndToEnd.Tests.Browser;
using NewsAlerts.EndToEnd.Tests.Flows;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// Every <c>/editor</c> page and action (and the console's <c>/api/editor</c> calls), as the Function App declares them
/// (<see cref="EditorRoutes"/>), refuses an anonymous visitor (sent to sign in, or 401 for JSON) and a subscriber
/// carrying their manage token (403): none answers 200 or changes anything.
/// </summary>
public sealed class Nobody_but_an_editor_reaches_the_console(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string StoryKey = StoryKeys.Of("urn:newsalerts:sample:kerry-syria-truce-aleppo");

    public static TheoryData<string, string> Routes
    {
        get
        {
            var routes = new TheoryData<string, string>();
            foreach (var (method, path) in EditorRoutes.All(StoryKey))
            {
                routes.Add(method, path);
            }

            return routes;
        }
    }

    [Fact]
    public void The_routes_read_from_the_function_app_include_every_page_and_action_of_the_console()
    {
        var routes = EditorRoutes.All("k").Select(r => $"{r.Method} {r.Path}").ToList();

        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "GET /editor", "POST /editor/preview", "GET /editor/preview/email", "POST /editor/publish",
                "GET /editor/stories/k", "POST /editor/stories/k", "GET /editor/stories/k/status", "GET /api/editor/me",
            },
            new HashSet<string>(routes, StringComparer.Ordinal));
        Assert.DoesNotContain(routes, r => r.Contains("sign-in", StringComparison.Ordinal) || r.Contains("signed-in", StringComparison.Ordinal) || r.Contains("sign-out", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_or_refused(string method, string path)
    {
        using var response = await SendAsync(method, path, []);

        Assert.True(
            response.StatusCode is HttpStatusCode.SeeOther or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
            $"{method} {path} answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.SeeOther)
        {
            Assert.StartsWith("/editor/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_subscriber_with_a_manage_token_is_refused(string method, string path)
    {
        var token = fixture.Host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, "s-not-an-editor", TimeSpan.FromHours(1));
        var query = method == "GET" ? $"{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}token={Uri.EscapeDataString(token)}" : string.Empty;

        using var response = await SendAsync(method, path + query, [new("token", token), new("ninjs", "{}"), new("step", "retract"), new("base", "1")]);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode}");
    }

    // Driven at desktop width; every state it reaches is also checked at phone width (FlowRecorder).
    [Fact]
    public async Task In_a_browser_the_console_asks_an_anonymous_visitor_to_sign_in()
    {
        var width = ScreenWidth.Desktop;
        await using var context = await fixture.NewContextAsync(width);
        var visitor = new Person(await context.NewPageAsync(), new FlowRecorder("editor-refused", width));

        Assert.Equal(200, await visitor.OpenAsync("editor", "sign-in"));
        await visitor.ExpectHeadingAsync(EditorStrings.SignInTitle);
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, IEnumerable<KeyValuePair<string, string>> form)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = fixture.BaseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent(form);
            request.Headers.Add("Origin", fixture.BaseAddress.GetLeftPart(UriPartial.Authority));
        }

        return await client.SendAsync(request);
    }
}
