namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Testing;

/// <summary>
/// The embedded sign-up stays embedded when it is refused for too many sign-ups (429) and when its SMS code page is
/// opened again by <c>GET</c>; the bare address leads to the sign-up page; a path no page or API serves answers a friendly 404 page to a browser and problem+json
/// to anything else.
/// </summary>
public sealed class Embedded_and_unknown_pages_answer_as_pages(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string Framed = "frame-ancestors https://news.example";
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["Pages:EmbedOrigins"] = "https://news.example",
        ["RateLimits:SignUpsPerClient"] = "1",
        ["RateLimits:ForwardedForHops"] = "1",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_rate_limited_embedded_sign_up_is_an_embedded_429_page()
    {
        // One client of its own (a documentation address), so other tests' sign-ups do not count.
        var client = $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1";
        var answers = new List<(HttpResponseMessage Response, string Html)>();
        for (var i = 0; i < 2; i++)
        {
            var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup?embed=1", UriKind.Relative))).Single();
            using var request = new HttpRequestMessage(HttpMethod.Post, form.Action.TrimStart('/'))
            {
                Content = new FormUrlEncodedContent([.. form.Hidden, new("email", $"limited-{Guid.NewGuid():N}@example.com"), new("topics", "Syria"), new("timeZone", "UTC")]),
            };
            request.Headers.Add("Origin", host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
            request.Headers.Add("X-Forwarded-For", client);
            var response = await host.Client.SendAsync(request);
            answers.Add((response, await response.Content.ReadAsStringAsync()));
        }

        var (limited, html) = answers[^1];
        Assert.Equal(HttpStatusCode.OK, answers[0].Response.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);
        Assert.EndsWith(Framed, Header(limited, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("<body class=\"embed\">", html, StringComparison.Ordinal);
        Assert.Contains("Too many requests came from here", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sms_code_page_opened_again_by_get_keeps_the_embed()
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup?embed=1", UriKind.Relative))).Single();
        using var request = new HttpRequestMessage(HttpMethod.Post, "signup")
        {
            Content = new FormUrlEncodedContent([.. form.Hidden, new("phone", TestPhones.NewValid()), new("topics", "Syria"), new("timeZone", "UTC")]),
        };
        request.Headers.Add("Origin", host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("X-Forwarded-For", $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1");
        using var started = await host.Client.SendAsync(request);
        var signUp = HtmlForms.WithStep(await started.Content.ReadAsStringAsync(), "code").Hidden["signUp"];

        using var embedded = await host.Client.GetAsync(new Uri($"confirm?signUp={Uri.EscapeDataString(signUp)}&embed=1", UriKind.Relative));
        using var whole = await host.Client.GetAsync(new Uri($"confirm?signUp={Uri.EscapeDataString(signUp)}", UriKind.Relative));
        var html = await embedded.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, embedded.StatusCode);
        Assert.EndsWith(Framed, Header(embedded, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("<body class=\"embed\">", html, StringComparison.Ordinal);
        Assert.Equal("1", HtmlForms.WithStep(html, "code").Hidden["embed"]);
        Assert.EndsWith("frame-ancestors 'none'", Header(whole, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("signups/x")]
    [InlineData("Assets-not")]
    public async Task An_unknown_path_is_a_404_page_for_a_browser_and_a_problem_for_a_client(string path)
    {
        using var page = new HttpRequestMessage(HttpMethod.Get, path);
        page.Headers.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var browser = await host.Client.SendAsync(page);
        using var api = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, browser.StatusCode);
        Assert.Equal("text/html", browser.Content.Headers.ContentType?.MediaType);
        Assert.Contains(global::NewsAlerts.Pages.PageStrings.NotFoundTitle, await browser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'none'", Header(browser, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task The_bare_address_leads_to_the_sign_up_page(string path)
    {
        var root = new Uri(host.Client.BaseAddress!, path);
        using var request = new HttpRequestMessage(HttpMethod.Get, root);
        request.Headers.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/signup", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(global::NewsAlerts.Pages.PageStrings.SignUpTitle, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : string.Empty;
}
