namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Functions;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// Trial r43 #14: <c>GET /editor/preview</c> (the address bar after "Preview reach", a restored tab, history) answered a
/// browser with raw problem+json 405 and no way back. Every page route (every <c>[HttpTrigger]</c> route outside
/// <c>api/</c>, found by reflection so a new one is walked too) asked by a browser with GET, HEAD and POST answers an
/// HTML page (or a redirect to one), never JSON and never 5xx; an API client keeps problem+json.
/// </summary>
public sealed partial class Every_page_route_answers_a_browser_with_a_page(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    // Each page route with its parameters filled in; assets (style sheets, icons) and the story's status (polled by the
    // console's script for JSON) are not pages.
    public static TheoryData<string> PagePaths()
    {
        var paths = new TheoryData<string>();
        foreach (var route in typeof(FunctionAppServices).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()?.Route)
            .OfType<string>()
            .Where(r => !r.StartsWith("api/", StringComparison.Ordinal) && !r.StartsWith("assets/", StringComparison.Ordinal) && !r.EndsWith("/status", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal))
        {
            paths.Add(Parameter().Replace(route, m => m.Value.Contains("maxlength(0)", StringComparison.Ordinal) ? string.Empty : "nope").Replace("//", "/", StringComparison.Ordinal));
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(PagePaths))]
    public async Task A_browser_gets_a_page_by_get_head_and_post(string path)
    {
        Assert.Contains("editor/preview", PagePaths().Select((object[] p) => (string)p[0]));
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head, HttpMethod.Post })
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Add("Accept", BrowserAccept);
            request.Headers.Add("Origin", host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
            if (method == HttpMethod.Post)
            {
                request.Content = new FormUrlEncodedContent([new("lang", "fr")]);
            }

            using var response = await host.Client.SendAsync(request);

            Assert.True((int)response.StatusCode < 500, $"{method} /{path}: {(int)response.StatusCode}");
            Assert.True(response.Content.Headers.ContentType?.MediaType == "text/html",
                $"{method} /{path}: {(int)response.StatusCode} {response.Content.Headers.ContentType} {(method == HttpMethod.Head ? string.Empty : await response.Content.ReadAsStringAsync())}");
        }
    }

    [Theory]
    [InlineData("editor/preview")]
    [InlineData("editor/publish")]
    [InlineData("editor/desk-language")]
    public async Task A_console_form_address_opened_again_says_nothing_was_done_and_leads_back_to_the_console(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept", BrowserAccept);
        using var response = await host.Client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", string.Join(',', response.Content.Headers.Allow), StringComparison.Ordinal);
        Assert.Contains(EditorStrings.WrongMethodTitle, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/editor", html, StringComparison.Ordinal);
        Assert.Contains(ConsoleStrings.BackToConsole, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_out_address_opened_in_a_browser_asks_with_the_sign_out_button()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "editor/sign-out");
        request.Headers.Add("Accept", BrowserAccept);
        using var response = await host.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(EditorStrings.SignOutAskTitle, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal("/editor/sign-out", HtmlForms.Of(html).Single().Action);
    }

    [Theory]
    [InlineData("de", "Diese Seite öffnet sich über ein Formular")]
    [InlineData("ar", "هذه الصفحة تُفتح من نموذج")]
    public async Task A_subscriber_page_asked_with_a_method_it_does_not_take_answers_in_the_pages_language(string language, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"signup?lang={language}");
        request.Headers.Add("Accept", BrowserAccept);
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(title, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("editor/preview")]
    [InlineData("editor/no-such-page")]
    public async Task An_api_client_keeps_problem_json(string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
