namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Net.Http.Json;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Through the local host, one client address: asking for manage links until refused leaves its sign-up whole, a
/// used-up resend leaves its sign-up and manage links alone, and every 429, page or problem+json, carries
/// <c>Retry-After</c> (whole seconds within the client window).
/// </summary>
public sealed class Each_action_has_its_own_limit_and_every_429_says_when(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["RateLimits:SignUpsPerClient"] = "1",
        ["RateLimits:ResendsPerClient"] = "1",
        ["RateLimits:ManageLinksPerClient"] = "1",
        ["RateLimits:ContactChangesPerClient"] = "1",
        ["RateLimits:ConfirmationsPerContact"] = "100",
        ["RateLimits:ForwardedForHops"] = "1",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Manage_links_resends_and_sign_ups_of_one_client_are_limited_apart_and_each_refusal_says_when()
    {
        var client = $"2001:db8:16a:{Random.Shared.Next(1, 0xffff):x}::1";

        // Manage links used up: the page's 429 says when, in the header too.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("manage/link", [new("email", Address())], client)).Response.StatusCode);
        var (links, linksPage) = await PostAsync("manage/link", [new("email", Address())], client);
        AssertRefused(links);
        Assert.Contains("text/html", links.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains(PageStrings.BackToManageLink, WebUtility.HtmlDecode(linksPage), StringComparison.Ordinal);

        // The same client still signs up, and asks once for a new code.
        var (signedUp, codePage) = await PostAsync("signup", [new("phone", TestPhones.NewValid()), new("topics", "Syria"), new("timeZone", "UTC")], client);
        Assert.Equal(HttpStatusCode.OK, signedUp.StatusCode);
        var resend = HtmlForms.WithStep(codePage, "resend");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("confirm", [.. resend.Hidden], client, form: false)).Response.StatusCode);
        var (resent, resentPage) = await PostAsync("confirm", [.. resend.Hidden], client, form: false);
        AssertRefused(resent);
        Assert.Equal("/confirm", HtmlForms.WithStep(resentPage, "code").Action);

        // Its sign-ups are used up now, by the sign-up alone: the page and the API answer 429 with Retry-After.
        var (again, _) = await PostAsync("signup", [new("email", Address()), new("topics", "Syria"), new("timeZone", "UTC")], client);
        AssertRefused(again);
        using var api = new HttpRequestMessage(HttpMethod.Post, "api/subscribers")
        {
            Content = JsonContent.Create(new { email = Address(), timeZone = "UTC", topics = new[] { "Syria" } }),
        };
        api.Headers.Add("X-Forwarded-For", client);
        using var apiAnswer = await host.Client.SendAsync(api);
        AssertRefused(apiAnswer);
        Assert.Equal("application/problem+json", apiAnswer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("client", (await Api.BodyAsync(apiAnswer)).GetProperty("limit").GetString());

        // Another client is untouched by all of it.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("manage/link", [new("email", Address())], $"2001:db8:16b:{Random.Shared.Next(1, 0xffff):x}::1")).Response.StatusCode);
    }

    [Fact]
    public async Task A_refused_resend_of_a_link_also_offers_a_link_to_the_preferences()
    {
        // Trial r37 #13: a person already subscribed needs no new confirmation link; the 429 names the preferences' link too.
        var client = $"2001:db8:16c:{Random.Shared.Next(1, 0xffff):x}::1";
        var (signedUp, checkEmail) = await PostAsync("signup", [new("email", Address()), new("topics", "Syria"), new("timeZone", "UTC")], client);
        Assert.Equal(HttpStatusCode.OK, signedUp.StatusCode);
        var resend = HtmlForms.WithStep(checkEmail, "resend");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("confirm", [.. resend.Hidden], client, form: false)).Response.StatusCode);

        var (refused, page) = await PostAsync("confirm", [.. resend.Hidden], client, form: false);

        AssertRefused(refused);
        var text = WebUtility.HtmlDecode(page);
        Assert.Contains(PageStrings.BackToSignUp, text, StringComparison.Ordinal);
        Assert.Contains(PageStrings.ManageLinkOffer, text, StringComparison.Ordinal);
        Assert.Contains("href=\"/manage/link", page, StringComparison.Ordinal);
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);
    }

    private static string Address() => $"limits-{Guid.NewGuid():N}@example.com";

    // Posts a fresh copy of the page's form (form: true) or the given hidden fields, as a browser at the client address.
    private async Task<(HttpResponseMessage Response, string Html)> PostAsync(
        string path, IEnumerable<KeyValuePair<string, string>> fields, string client, bool form = true)
    {
        IEnumerable<KeyValuePair<string, string>> hidden = form
            ? HtmlForms.Of(await host.Client.GetStringAsync(new Uri(path, UriKind.Relative))).First(f => f.Action == "/" + path).Hidden
            : [];
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent([.. hidden, .. fields]) };
        request.Headers.Add("Origin", host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("X-Forwarded-For", client);
        var response = await host.Client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
