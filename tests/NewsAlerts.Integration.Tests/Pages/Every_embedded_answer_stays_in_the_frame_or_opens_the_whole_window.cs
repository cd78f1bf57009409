namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Audit s45 gaps 1, 2 and 8: inside a newsroom's frame, a 429 linked to <c>/signup</c> and <c>/manage/link</c>, pages
/// that refuse framing ("refused to connect"); a frame sandboxed without <c>allow-same-origin</c> got "reload the page"
/// forever; a limit or an expired form lost what was typed. Every link and form of every embedded answer (the
/// check-your-email page, a resend and its 429, the sign-up's 429 and expired-form 403, the sandboxed 403, the code page)
/// either asks for the embedded page (<c>embed=1</c>) or opens in the whole window (<c>target="_top"</c>).
/// </summary>
public sealed partial class Every_embedded_answer_stays_in_the_frame_or_opens_the_whole_window(StackFixture fixture)
    : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["Pages:EmbedOrigins"] = "https://news.example",
        ["RateLimits:SignUpsPerClient"] = "1",
        ["RateLimits:ResendsPerClient"] = "1",
        ["RateLimits:ForwardedForHops"] = "1",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Every_link_and_form_of_every_embedded_answer_stays_embedded_or_opens_the_whole_window()
    {
        var client = NewClient();
        var answers = new Dictionary<string, (HttpResponseMessage Response, string Html)>();

        var signUp = await EmbeddedFormAsync();
        answers["check your email"] = await HtmlForms.PostAsync(host.Client, signUp, Typed(), from: client);
        var resend = HtmlForms.WithStep(answers["check your email"].Html, "resend");
        answers["link sent again"] = await HtmlForms.PostAsync(host.Client, resend, from: client);
        answers["resend 429"] = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(answers["link sent again"].Html, "resend"), from: client);
        answers["sign-up 429"] = await HtmlForms.PostAsync(host.Client, await EmbeddedFormAsync(), Typed(), from: client);
        answers["expired form 403"] = await HtmlForms.PostAsync(host.Client, Expired(await EmbeddedFormAsync()), Typed(), from: NewClient());
        answers["sandboxed 403"] = await HtmlForms.PostAsync(host.Client, await EmbeddedFormAsync(), Typed(), origin: "null", from: NewClient());
        answers["code page"] = await HtmlForms.PostAsync(
            host.Client, await EmbeddedFormAsync(), [new("phone", TestPhones.NewValid()), new("topics", "Syria"), new("timeZone", "UTC")], from: NewClient());

        Assert.Equal(HttpStatusCode.TooManyRequests, answers["resend 429"].Response.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers["sign-up 429"].Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, answers["expired form 403"].Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, answers["sandboxed 403"].Response.StatusCode);
        foreach (var (name, (response, html)) in answers)
        {
            Assert.True(html.Contains("<body class=\"embed\">", StringComparison.Ordinal), $"{name} is not embedded: {html}");
            var ways = WaysOn(html).ToList();
            Assert.NotEmpty(ways);
            foreach (var (tag, where, stays, toTop) in ways)
            {
                Assert.True(stays || toTop, $"{name}: {tag} to {where} neither keeps embed=1 nor opens the whole window");
            }

            response.Dispose();
        }
    }

    [Fact]
    public async Task A_limited_or_expired_sign_up_shows_the_form_again_as_typed_with_a_token_that_works()
    {
        var email = $"kept-{Guid.NewGuid():N}@example.com";
        foreach (var embedded in new[] { true, false })
        {
            var client = NewClient();
            var first = await HtmlForms.PostAsync(host.Client, await FormAsync(embedded), Typed(language: !embedded), from: client);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, first.Response.StatusCode);
            var (limited, limitedHtml) = await HtmlForms.PostAsync(host.Client, await FormAsync(embedded), Typed(email, !embedded), from: client);
            var (expired, expiredHtml) = await HtmlForms.PostAsync(host.Client, Expired(await FormAsync(embedded)), Typed(email, !embedded), from: NewClient());

            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.InRange(limited.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 86400);
            Assert.Contains(PageStrings.TypedKeptNotice, WebUtility.HtmlDecode(limitedHtml), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
            Assert.Contains(PageStrings.FormExpiredKeptMessage, WebUtility.HtmlDecode(expiredHtml), StringComparison.Ordinal);
            foreach (var html in new[] { limitedHtml, expiredHtml })
            {
                Assert.Contains($"value=\"{email}\"", html, StringComparison.Ordinal);
                Assert.Contains("Syria truce", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
                var again = HtmlForms.Of(html).Single(f => f.Action == "/signup");
                Assert.Equal(embedded, again.Hidden.GetValueOrDefault("embed") == "1");

                // The fresh token is good: the same form sent again from a client with allowance left goes through.
                var (sent, _) = await HtmlForms.PostAsync(host.Client, again, Typed($"again-{Guid.NewGuid():N}@example.com", !embedded), from: NewClient());
                Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
                Assert.Equal("email", System.Web.HttpUtility.ParseQueryString(sent.RequestMessage!.RequestUri!.Query)["sent"]);
            }
        }
    }

    [Fact]
    public async Task A_sandboxed_frames_post_says_what_the_site_must_change_and_leads_to_our_page_in_the_whole_window()
    {
        var (embedded, embeddedHtml) = await HtmlForms.PostAsync(host.Client, await EmbeddedFormAsync(), Typed(), origin: "null", from: NewClient());
        var (whole, wholeHtml) = await HtmlForms.PostAsync(host.Client, await FormAsync(false), Typed(language: true), origin: "null", from: NewClient());
        var (stranger, strangerHtml) = await HtmlForms.PostAsync(host.Client, await EmbeddedFormAsync(), Typed(), origin: "https://elsewhere.example", from: NewClient());

        Assert.Equal(HttpStatusCode.Forbidden, embedded.StatusCode);
        Assert.Contains(PageStrings.EmbedSandboxedMessage, WebUtility.HtmlDecode(embeddedHtml), StringComparison.Ordinal);
        Assert.Contains("""<a href="/signup?topic=Syria%20truce&amp;lang=en" target="_top">""", embeddedHtml, StringComparison.Ordinal);
        Assert.Empty(HtmlForms.Of(embeddedHtml));
        foreach (var (response, html) in new[] { (whole, wholeHtml), (stranger, strangerHtml) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains(PageStrings.ForbiddenMessage, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.DoesNotContain("Syria truce", html, StringComparison.Ordinal);
        }
    }

    // A client of its own: IPv6 clients count by their /64 (ClientAddress), so each gets a /64 of its own.
    private static string NewClient() => $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1";

    // What a person types; the page not embedded also has the language box (the embedded form posts its language hidden).
    private static KeyValuePair<string, string>[] Typed(string? email = null, bool language = false) =>
        [new("email", email ?? $"embed-{Guid.NewGuid():N}@example.com"), new("topics", "Syria truce"), new("timeZone", "UTC"), .. language ? [new KeyValuePair<string, string>("language", "en")] : Array.Empty<KeyValuePair<string, string>>()];

    // A form whose token is not (or no longer) good: as one left open past its four hours.
    private static (string Action, Dictionary<string, string> Hidden) Expired((string Action, Dictionary<string, string> Hidden) form) =>
        (form.Action, new Dictionary<string, string>(form.Hidden) { ["formToken"] = form.Hidden["formToken"][..^3] + "AAA" });

    private Task<(string Action, Dictionary<string, string> Hidden)> EmbeddedFormAsync() => FormAsync(true);

    private async Task<(string Action, Dictionary<string, string> Hidden)> FormAsync(bool embedded) =>
        HtmlForms.Of(await host.Client.GetStringAsync(new Uri(embedded ? "signup?embed=1&topic=Syria%20truce" : "signup", UriKind.Relative))).Single();

    // Every <a href> (but a fragment of the page) and every <form>: where it goes, whether it asks for the embedded page,
    // whether it opens in the whole window.
    private static IEnumerable<(string Tag, string Where, bool Stays, bool ToTop)> WaysOn(string html)
    {
        foreach (Match link in LinkPattern().Matches(html))
        {
            var href = WebUtility.HtmlDecode(link.Groups["href"].Value);
            if (!href.StartsWith('#'))
            {
                yield return ("link", href, Regex.IsMatch(href, "[?&]embed=1(&|#|$)"), link.Value.Contains("target=\"_top\"", StringComparison.Ordinal));
            }
        }

        foreach (Match form in FormPattern().Matches(html))
        {
            yield return ("form", form.Groups["action"].Value, Regex.IsMatch(form.Groups["body"].Value, """<input type="hidden" name="embed" value="1"\s*/?>"""),
                form.Groups["tag"].Value.Contains("target=\"_top\"", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("""<a [^>]*href="(?<href>[^"]*)"[^>]*>""")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("""(?<tag><form [^>]*action="(?<action>[^"]*)"[^>]*>)(?<body>.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex FormPattern();
}
